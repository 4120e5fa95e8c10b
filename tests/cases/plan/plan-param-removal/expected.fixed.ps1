# Report of mailbox rules; credentials can be given for scheduled runs.
param (
[string] $Mailbox = $null,
# user name for scheduled runs (credential)
[string]$Organization,
[string] $ClientId = $null,
[String] $CertificateThumbprint = $null,
[Switch] $ExcludeGuests
)
if(($Organization -ne "") -and ($ClientId -ne "") -and ($CertificateThumbprint -ne ""))
{
 Connect-ExchangeOnline -AppId $ClientId -CertificateThumbprint $CertificateThumbprint -Organization $Organization -ShowBanner:$false
}
else
{
 Connect-ExchangeOnline
}
if (!$ExcludeGuests.IsPresent) { Get-InboxRule -Mailbox $Mailbox }
