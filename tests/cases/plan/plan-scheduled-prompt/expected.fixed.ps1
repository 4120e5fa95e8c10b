# Inactive mailboxes report. For scheduled runs pass -UserName and -Password.
Param
(
    [int]$InactiveDays = 90,
    [string]$Organization,
    [string]$ClientId,
    [string]$CertificateThumbprint
)
if(($Organization -ne "") -and ($ClientId -ne "") -and ($CertificateThumbprint -ne ""))
{
 Connect-ExchangeOnline -AppId $ClientId -CertificateThumbprint $CertificateThumbprint -Organization $Organization -ShowBanner:$false
}
else
{
 Connect-ExchangeOnline
}
Get-EXOMailbox -ResultSize Unlimited | Where-Object { $_.WhenCreated -lt (Get-Date).AddDays(-$InactiveDays) }
