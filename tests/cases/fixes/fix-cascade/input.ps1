# The EXO V1 connection and its session cleanup: PSA110 rewrites one to
# Connect-ExchangeOnline, PSA114 the other to Disconnect-ExchangeOnline, and
# the scan reports both. One `psauth fix` run does both.
Connect-EXOPSSession -UserPrincipalName admin@contoso.com
Get-Mailbox -ResultSize 10 | Select-Object DisplayName
Get-PSSession | Where-Object { $_.ConfigurationName -eq 'Microsoft.Exchange' } | Remove-PSSession
