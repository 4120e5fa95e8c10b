Connect-ExchangeOnline -DelegatedOrganization 'client.example' -ShowBanner:$false
Get-EXOMailbox -ResultSize 10 | Select-Object DisplayName
Disconnect-ExchangeOnline -Confirm:$false
