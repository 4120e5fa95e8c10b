# The session probe of a try nested in another try: the inner probe throws itself (not -ErrorAction Stop on
# Get-MgContext, which returns nothing without a session), the outer try's AzureAD call gets -ErrorAction Stop
try {
  Write-Output 'start'
  try { Get-AzureADCurrentSessionInfo }
  catch { Connect-AzureAD }
  Get-AzureADUser -ObjectId 'adele@contoso.com' | Select-Object DisplayName
} catch { Write-Output 'failed' }
