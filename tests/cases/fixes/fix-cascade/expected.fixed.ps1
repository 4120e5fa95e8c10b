# One fix makes another possible: once the EXO V1 connection is rewritten to
# Connect-ExchangeOnline, the session cleanup below becomes
# Disconnect-ExchangeOnline. One `psauth fix` run does both.
Connect-ExchangeOnline -UserPrincipalName admin@contoso.com
Get-EXOMailbox -ResultSize 10 | Select-Object DisplayName
Disconnect-ExchangeOnline -Confirm:$false
