# A deleted user looked up by name: Graph's deleted-items cmdlet takes the object id only, and a
# deleted user's name there is not the one MSOnline took, so both calls need a person.
param([string]$Upn = 'j.doe@contoso.com')
Connect-MsolService
$user = Get-MsolUser -ReturnDeletedUsers -UserPrincipalName $Upn
if ($user) {
    Restore-MsolUser -UserPrincipalName $Upn -AutoReconcileProxyConflicts
}
