function Ensure-Exchange {
    if (Get-ConnectionInformation) { return }
    Connect-ExchangeOnline -ShowBanner:$false | Out-Null
}

Ensure-Exchange
Get-Mailbox -Identity $args[0] | Format-List DisplayName, RecipientTypeDetails
