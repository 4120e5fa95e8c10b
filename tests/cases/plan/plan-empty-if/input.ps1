param([string]$AdminUpn, [switch]$AdminIsMfaEnabled)

if (-not $AdminIsMfaEnabled) { $Creds = Get-Credential -UserName $AdminUpn -Message 'Login' }

if (-not $AdminIsMfaEnabled) { Connect-ExchangeOnline -UserPrincipalName $AdminUpn -Credential $Creds }
else { Connect-ExchangeOnline -UserPrincipalName $AdminUpn }
Get-EXOMailbox -ResultSize 5 | Select-Object DisplayName
