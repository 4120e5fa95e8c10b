# Partner helper: waits for the customer's new domain to verify, then lists its mailboxes.
$cred = Get-Credential -Message 'Partner administrator'
Write-Host 'Give the customer 10 minutes to add the TXT record...'
Start-Sleep -Seconds 600
$customer = Read-Host 'Customer domain'
Connect-ExchangeOnline -Credential $cred -DelegatedOrganization $customer
Get-Mailbox -ResultSize Unlimited | Select-Object DisplayName, PrimarySmtpAddress
Disconnect-ExchangeOnline -Confirm:$false
