# Partner helper: waits for the customer's new domain to verify, then lists its mailboxes.
Write-Host 'Give the customer 10 minutes to add the TXT record...'
Start-Sleep -Seconds 600
$customer = Read-Host 'Customer domain'
Connect-ExchangeOnline -DelegatedOrganization $customer
Get-EXOMailbox -ResultSize Unlimited | Select-Object DisplayName, PrimarySmtpAddress
Disconnect-ExchangeOnline -Confirm:$false
