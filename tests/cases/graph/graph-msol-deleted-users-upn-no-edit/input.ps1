# Deleted users' names: Graph gives a deleted user's userPrincipalName prefixed with its object id,
# so a read of the name needs a person.
Connect-MsolService
Get-MsolUser -ReturnDeletedUsers -All | ForEach-Object { Write-Output $_.UserPrincipalName }
