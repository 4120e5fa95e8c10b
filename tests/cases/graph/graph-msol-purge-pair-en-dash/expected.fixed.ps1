Import-Module Microsoft.Graph.Authentication, Microsoft.Graph.Identity.DirectoryManagement, Microsoft.Graph.Users
Connect-MgGraph -Scopes 'User.DeleteRestore.All', 'User.ReadWrite.All' -NoWelcome

$deletedUserId = (Get-MgUser -UserId bbunny@contoso.com -Property Id).Id
Remove-MgUser -UserId bbunny@contoso.com 
Remove-MgDirectoryDeletedItem -DirectoryObjectId $deletedUserId
