Connect-MgGraph
Connect-MsolService

$upn = Read-Host 'User to block'
Set-MsolUser -UserPrincipalName $upn -BlockCredential $true
Write-Host "Blocked $upn"
