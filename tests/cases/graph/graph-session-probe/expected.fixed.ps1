# try { Get-AzureADCurrentSessionInfo } catch { Connect-AzureAD }: the AzureAD probe fails
# without a session; Get-MgContext returns nothing instead, so the probe throws itself
try { if (-not (Get-MgContext)) { throw 'Not connected' } }
catch { Connect-MgGraph -Scopes 'User.Read.All' -NoWelcome }
$session = Get-MgContext
Write-Output $session.Account
Get-MgUser -UserId 'adele@contoso.com' -Property DisplayName, Id | Select-Object DisplayName
