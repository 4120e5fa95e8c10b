param([string]$AdminUpn, [switch]$AdminIsMfaEnabled)


if (-not $AdminIsMfaEnabled) { Connect-ExchangeOnline -UserPrincipalName $AdminUpn }
else { Connect-ExchangeOnline -UserPrincipalName $AdminUpn }
Get-EXOMailbox -ResultSize 5 | Select-Object DisplayName
