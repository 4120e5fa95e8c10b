# An interactive mailbox script whose cleanup tests the session with -eq $True. With the session
# object on the left that comparison is never true (the author meant "is it connected"), and
# "(Get-ConnectionInformation) -eq $True" would not be true either: the test becomes the
# connection's truth test, on either side of -eq.
$UserCredential = Get-Credential
$ExchangeSession = New-PSSession -ConfigurationName Microsoft.Exchange -ConnectionUri https://outlook.office365.com/powershell-liveid/ -Credential $UserCredential -Authentication Basic -AllowRedirection
Import-PSSession $ExchangeSession -DisableNameChecking
Get-Mailbox -Identity $args[0] | Set-Mailbox -HiddenFromAddressListsEnabled $true
If ($true -eq $ExchangeSession) { Write-Host "still connected" }
If ($ExchangeSession -eq $True)
{
    Remove-PSSession $ExchangeSession
}
