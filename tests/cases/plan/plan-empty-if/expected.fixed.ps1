param([string]$AdminUpn, [switch]$AdminIsMfaEnabled)

Connect-ExchangeOnline -UserPrincipalName $AdminUpn
Get-EXOMailbox -ResultSize 5 | Select-Object DisplayName
