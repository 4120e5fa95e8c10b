# Remove-MsolUser by user principal name, then the same name -RemoveFromRecycleBin: the id is kept before the deletion
Import-Module Microsoft.Graph.Authentication, Microsoft.Graph.Identity.DirectoryManagement, Microsoft.Graph.Users
Connect-MgGraph -Scopes 'User.DeleteRestore.All', 'User.ReadWrite.All' -NoWelcome
$upn = Read-Host -Prompt 'User to delete for good'
$deletedUserId2 = (Get-MgUser -UserId $upn -Property Id).Id
Remove-MgUser -UserId $upn
Remove-MgDirectoryDeletedItem -DirectoryObjectId $deletedUserId2
foreach ($leaver in (Get-Content -Path "$PSScriptRoot\leavers.txt")) {
    $deletedUserId2 = (Get-MgUser -UserId $leaver -Property Id).Id
    Remove-MgUser -UserId $leaver; Remove-MgDirectoryDeletedItem -DirectoryObjectId $deletedUserId2
}
# the script already uses the first name
$deletedUserId = 'unrelated'
$deletedUserId2 = (Get-MgUser -UserId 'temp.account@contoso.com' -Property Id).Id
Remove-MgUser -UserId 'temp.account@contoso.com'
Remove-MgDirectoryDeletedItem -DirectoryObjectId $deletedUserId2
