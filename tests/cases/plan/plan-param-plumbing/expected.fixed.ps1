# Called by a ticketing integration with the admin account and a mailbox.
[CmdletBinding()]
Param(
[Parameter(Mandatory=$True)]
[string]$Organization,
[Parameter(Mandatory=$True)]
[string]$ClientId,

[Parameter(Mandatory=$True)]
[string]$CertificateThumbprint,

[Parameter(Mandatory=$True)]
[string]$Mailbox,

[string]$Note
)
Connect-ExchangeOnline -CertificateThumbprint $CertificateThumbprint -AppId $ClientId -Organization $Organization -CommandName Get-Mailbox -ShowBanner:$false | Out-Null
Get-EXOMailbox -Identity $Mailbox | Select-Object PrimarySmtpAddress
if ($Note) { Write-Output $Note }
Disconnect-ExchangeOnline -Confirm:$false
