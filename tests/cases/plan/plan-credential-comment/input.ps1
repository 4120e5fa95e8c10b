<#
    Nightly runbook: writes the list of blocked accounts to the reports share.
#>
Write-Output "Importing MSOnline module..."
Import-Module MSOnline

# Pull credential from Automation assets
$svcCred = Get-AutomationPSCredential -Name 'TenantReportAccount'
Write-Output "Connecting to Microsoft Online..."
Connect-MsolService -Credential $svcCred

$blocked = Get-MsolUser -All | Where-Object { $_.BlockCredential -eq $true }
$blocked | Select-Object UserPrincipalName, DisplayName |
    Export-Csv -Path '\\files01\reports\blocked.csv' -NoTypeInformation
Write-Verbose "Get-MsolUser returned $($blocked.Count) blocked accounts"
