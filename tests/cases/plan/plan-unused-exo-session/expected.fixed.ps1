<#
    .SYNOPSIS
        Resets the lab tenant: removes the licensed test users and creates them again.
    .EXAMPLE
        .\Reset-LabUsers.ps1 -LabNumber 7
#>
param (
    [Parameter(Mandatory = $true)]
    [int]$LabNumber
)

$domain = "contosolab" + $LabNumber + ".onmicrosoft.com"
if ($domain -like "contosolab*.onmicrosoft.com") {
    Write-Host "Connecting to Office 365" -ForegroundColor Cyan
    $adminName = Get-Content "C:\Lab\admin.txt"
    $password = Get-Content "C:\Lab\password.txt" | ConvertTo-SecureString
    $cred = New-Object System.Management.Automation.PSCredential ("$adminName@$domain", $password)
    Connect-MsolService -Credential $cred

    foreach ($user in Get-MsolUser -All | Where-Object { $_.IsLicensed }) {
        Remove-MsolUser -UserPrincipalName $user.UserPrincipalName -Force
        Remove-MsolUser -UserPrincipalName $user.UserPrincipalName -RemoveFromRecycleBin -Force
    }
    foreach ($row in Import-Csv -Path .\labusers.csv) {
        New-MsolUser -UserPrincipalName "$($row.Alias)@$domain" -DisplayName $row.Name -Password $row.Password -UsageLocation US
    }
}
else {
    Write-Error "The domain must look like contosolab<N>.onmicrosoft.com"
}
