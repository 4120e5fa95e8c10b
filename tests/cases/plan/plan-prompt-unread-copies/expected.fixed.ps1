param($Tenant = 'contoso')

Connect-ExchangeOnline -ShowBanner:$false
Get-EXOMailbox -ResultSize 10 -Properties LitigationHoldEnabled | Select-Object DisplayName, LitigationHoldEnabled
Disconnect-ExchangeOnline -Confirm:$false
