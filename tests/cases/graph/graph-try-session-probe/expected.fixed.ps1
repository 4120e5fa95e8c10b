# The session probe of a try nested in another try: the inner probe throws itself (not -ErrorAction Stop on
# Get-MgContext, which returns nothing without a session), the outer try's AzureAD call gets -ErrorAction Stop
try {
  Write-Output 'start'
  try { if (-not (Get-MgContext)) { throw 'Not connected' } }
  catch { Connect-MgGraph -Scopes 'User.Read.All' -NoWelcome }
  Get-MgUser -ErrorAction Stop -UserId 'adele@contoso.com' -Property DisplayName, Id | Select-Object DisplayName
} catch { Write-Output 'failed' }
