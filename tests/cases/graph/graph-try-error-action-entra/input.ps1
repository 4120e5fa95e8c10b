# The Entra target: a rewritten AzureAD call in a try gets -ErrorAction Stop too (AzureAD threw; the catch must still
# see the failure whatever the replacement's own error kind)
Connect-AzureAD
try {
  Remove-AzureADUser -ObjectId 'leaver@contoso.com'
  Write-Output 'removed'
} catch {
  Write-Output 'not removed'
}
