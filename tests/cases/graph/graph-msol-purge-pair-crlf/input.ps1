# CRLF line endings and a tab indentation are kept on the inserted line
Connect-MsolService
$user = $args[0]
if ($args[1]) {
	Remove-MsolUser -UserPrincipalName $user
	Remove-MsolUser -UserPrincipalName $user -RemoveFromRecycleBin
}
