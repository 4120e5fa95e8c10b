# Microsoft Graph equivalents, and a local helper named like MSOnline
$company = Get-MgOrganization
$skus = Get-MgSubscribedSku
$users = Get-MgUser -All
function Get-MsolUserReport {
    param($Users)
    $Users | Select-Object DisplayName
}
Get-MsolUserReport -Users $users
Write-Host "Get-MsolUser was replaced by Get-MgUser"
# a toolkit's own wrapper from another file of the toolkit: no MSOnline noun
# is just "Msol" (Connect-MsolService, Get-MsolUser, ...)
Connect-MSOL
Disconnect-Msol
