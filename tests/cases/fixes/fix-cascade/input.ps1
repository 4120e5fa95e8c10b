# One fix makes another possible: once the EXO V1 connection is rewritten to
# Connect-ExchangeOnline, the session cleanup below becomes
# Disconnect-ExchangeOnline. One `psauth fix` run does both.
Connect-EXOPSSession -UserPrincipalName admin@contoso.com
Get-Mailbox -ResultSize 10 | Select-Object DisplayName
Get-PSSession | Where-Object { $_.ConfigurationName -eq 'Microsoft.Exchange' } | Remove-PSSession
