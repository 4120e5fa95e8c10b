Import-Module AzureAD
Connect-AzureAD
$users = Get-AzureADUser -All $true
foreach ($u in $users) { Write-Output "$($u.DisplayName) $($u.ObjectId)" }
Get-AzureADGroupMember -ObjectId $gid -All $true | Select-Object DisplayName
Get-AzureADDirectoryRole | Select-Object DisplayName
Get-MsolCompanyInformation | Select-Object DisplayName
