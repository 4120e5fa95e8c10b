# try { Get-AzureADCurrentSessionInfo } catch { Connect-AzureAD }: the AzureAD probe fails
# without a session; Get-MgContext returns nothing instead, so the probe throws itself
try { Get-AzureADCurrentSessionInfo }
catch { Connect-AzureAD }
$session = Get-AzureADCurrentSessionInfo
Write-Output $session.Account
Get-AzureADUser -ObjectId 'adele@contoso.com' | Select-Object DisplayName
