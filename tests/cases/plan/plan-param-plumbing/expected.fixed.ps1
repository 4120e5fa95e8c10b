# Called by a ticketing integration with the admin account and a mailbox.
[CmdletBinding()]
Param(
[Parameter(Mandatory=$True)]
[string]$Mailbox,

[string]$Note
)
# TODO(psauth): app-only, certificate-based sign-in for the rewritten connections.
# Fill in your Entra ID app registration and its certificate (the app needs the
# permissions of each service it connects to); the placeholders fail until then.
$ExoAppId = '<app-id>'
$ExoOrganization = '<tenant>.onmicrosoft.com'
$ExoCertificateThumbprint = '<certificate-thumbprint>'

Connect-ExchangeOnline -CertificateThumbprint $ExoCertificateThumbprint -AppId $ExoAppId -Organization $ExoOrganization -CommandName Get-Mailbox -ShowBanner:$false | Out-Null
Get-EXOMailbox -Identity $Mailbox | Select-Object PrimarySmtpAddress
if ($Note) { Write-Output $Note }
Disconnect-ExchangeOnline -Confirm:$false
