# pairs psauth does not join: a person keeps the deleted user's id
Connect-MsolService
$upn = Read-Host -Prompt 'User'
$other = Read-Host -Prompt 'Other user'
# another statement between the two calls (it could change $upn)
Remove-MsolUser -UserPrincipalName $upn
$upn = $upn.Trim()
Remove-MsolUser -UserPrincipalName $upn -RemoveFromRecycleBin
# another user's name
Remove-MsolUser -UserPrincipalName $upn
Remove-MsolUser -UserPrincipalName $other -RemoveFromRecycleBin
# the name is an expression, not a variable or a literal
Remove-MsolUser -UserPrincipalName "$upn"
Remove-MsolUser -UserPrincipalName "$upn" -RemoveFromRecycleBin
# -ObjectId next to -UserPrincipalName (two parameter sets): not joined
Remove-MsolUser -UserPrincipalName $upn
Remove-MsolUser -UserPrincipalName $upn -ObjectId $other -RemoveFromRecycleBin
