# An interactive mailbox script whose cleanup tests the session with -eq $True. With the session
# object on the left that comparison is never true (the author meant "is it connected"), and
# "(Get-ConnectionInformation) -eq $True" would not be true either: the test becomes the
# connection's truth test, on either side of -eq.
Connect-ExchangeOnline -ShowBanner:$false
Get-Mailbox -Identity $args[0] | Set-Mailbox -HiddenFromAddressListsEnabled $true
If ((Get-ConnectionInformation)) { Write-Host "still connected" }
If ((Get-ConnectionInformation))
{
    Disconnect-ExchangeOnline -Confirm:$false
}
