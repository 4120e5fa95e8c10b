<#
    Service accounts must keep their password: this makes sure each account
    in the list has a non-expiring password and reports the others.
#>
param(
    [string]$ListPath = ".\service-accounts.txt",
    [switch]$Undo
)

# psauth: Graph keeps MSOnline's password settings in the user's PasswordPolicies string
# ('DisablePasswordExpiration, DisableStrongPassword' or 'None'); this reads it and gives it
# back with one policy set or cleared and the others kept.
function ConvertTo-GraphPasswordPolicies([string]$UserId, [string]$Policy, [bool]$On) {
    $now = (Get-MgUser -UserId $UserId -Property PasswordPolicies).PasswordPolicies
    $policies = @("$now" -split ',' | ForEach-Object { $_.Trim() } |
        Where-Object { $_ -and $_ -ne 'None' -and $_ -ne $Policy })
    if ($On) { $policies += $Policy }
    if ($policies) { $policies -join ', ' } else { 'None' }
}

Import-Module Microsoft.Graph.Authentication, Microsoft.Graph.Users
Connect-MgGraph -Scopes 'User.ReadWrite.All' -NoWelcome

foreach ($upn in Get-Content -Path $ListPath) {
    $account = Get-MgUser -UserId $upn -ErrorAction SilentlyContinue -Property PasswordPolicies, BusinessPhones, DisplayName, GivenName, Id, JobTitle, Mail, MobilePhone, OfficeLocation, PreferredLanguage, Surname, UserPrincipalName
    if (-not $account) {
        Write-Warning "$upn was not found"
        continue
    }
    if ($Undo) {
        Update-MgUser -UserId $upn -PasswordPolicies (ConvertTo-GraphPasswordPolicies $upn 'DisablePasswordExpiration' $false)
    } elseif (-not ($account.PasswordPolicies -match 'DisablePasswordExpiration')) {
        Update-MgUser -UserId $upn -PasswordPolicies (ConvertTo-GraphPasswordPolicies $upn 'DisablePasswordExpiration' $true)
        Write-Host "$upn now keeps its password" -ForegroundColor Green
    }
}

Get-MgUser -All -Property PasswordPolicies, UserPrincipalName, DisplayName, Id | Where-Object { ($_.PasswordPolicies -match 'DisablePasswordExpiration') } |
    Select-Object UserPrincipalName, DisplayName |
    Export-Csv -Path .\never-expires.csv -NoTypeInformation
