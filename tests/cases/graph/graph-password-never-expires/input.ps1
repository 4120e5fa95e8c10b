<#
    Service accounts must keep their password: this makes sure each account
    in the list has a non-expiring password and reports the others.
#>
param(
    [string]$ListPath = ".\service-accounts.txt",
    [switch]$Undo
)

Import-Module MSOnline
Connect-MsolService

foreach ($upn in Get-Content -Path $ListPath) {
    $account = Get-MsolUser -UserPrincipalName $upn -ErrorAction SilentlyContinue
    if (-not $account) {
        Write-Warning "$upn was not found"
        continue
    }
    if ($Undo) {
        Set-MsolUser -UserPrincipalName $upn -PasswordNeverExpires $false
    } elseif (-not $account.PasswordNeverExpires) {
        Set-MsolUser -UserPrincipalName $upn -PasswordNeverExpires $true
        Write-Host "$upn now keeps its password" -ForegroundColor Green
    }
}

Get-MsolUser -All | Where-Object { $_.PasswordNeverExpires } |
    Select-Object UserPrincipalName, DisplayName |
    Export-Csv -Path .\never-expires.csv -NoTypeInformation
