if ($Force -or -not (Get-ConnectionInformation)) {
    Connect-ExchangeOnline -ShowBanner:$false
}
Set-Mailbox -Identity shared@contoso.com -MessageCopyForSentAsEnabled $true
