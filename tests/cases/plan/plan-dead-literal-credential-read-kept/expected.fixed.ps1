# Turns on the audit log for every shared mailbox.
$AdminName = "svc-exo@contoso.onmicrosoft.com"
$AdminPassword = ConvertTo-SecureString "Spring2019!" -AsPlainText -Force
$SavedCredential = New-Object System.Management.Automation.PSCredential ($AdminName, $AdminPassword)

Connect-ExchangeOnline -ShowBanner:$false | Out-Null

Invoke-Command -ComputerName mail01.contoso.local -Credential $SavedCredential -ScriptBlock { Get-Service MSExchangeTransport }
Get-Mailbox -RecipientTypeDetails SharedMailbox -ResultSize Unlimited | Set-Mailbox -AuditEnabled $true
Disconnect-ExchangeOnline -Confirm:$false
