Import-Module ExchangeOnlineManagement
Connect-ExchangeOnline -UserPrincipalName admin@contoso.example -WarningAction SilentlyContinue -ShowBanner:$false
Get-EXOMailbox -ResultSize Unlimited -Properties LastLogonTime | Select-Object DisplayName, LastLogonTime
