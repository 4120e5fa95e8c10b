# CRLF line endings and a tab indentation are kept on the inserted line
Connect-MgGraph -Scopes 'User.DeleteRestore.All', 'User.ReadWrite.All' -NoWelcome
$user = $args[0]
if ($args[1]) {
	$deletedUserId = (Get-MgUser -UserId $user -Property Id).Id
	Remove-MgUser -UserId $user
	Remove-MgDirectoryDeletedItem -DirectoryObjectId $deletedUserId
}
