# Microsoft Graph and Az cmdlets only
$guests = Get-MgUser -All -Filter "userType eq 'Guest'"
Get-AzADUser -First 10
function Get-AzureADStyleReport {
    'report'
}
Get-AzureADStyleReport
Write-Output 'Get-AzureADUser is retired'
