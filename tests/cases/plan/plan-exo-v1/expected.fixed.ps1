# Uses the Exchange Online Remote PowerShell Module (MFA) installed from the
# Exchange admin center.
Import-Module ExchangeOnlineManagement
Connect-ExchangeOnline -UserPrincipalName admin@contoso.com -Prefix Cloud -ShowBanner:$false
Get-CloudMailbox -ResultSize 10 | Select-Object DisplayName
Disconnect-ExchangeOnline -Confirm:$false
