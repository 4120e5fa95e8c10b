<#
.SYNOPSIS
    Turns on automatic replies for leavers; run nightly by Run-Leavers.ps1.
.EXAMPLE
    .\Set-AutoReply.ps1 -Credential $svcCred -Identity jdoe -Message "Out of office until Monday"
    The wrapper loads $svcCred from its vault and passes it in.
#>
param(
    [Parameter(Mandatory = $true)]
    [string]$Identity,
    [string]$Message = "I am out of the office."
)

# TODO(psauth): app-only, certificate-based sign-in for the rewritten connections.
# Fill in your Entra ID app registration and its certificate; the placeholders
# fail until then. Grant the app (application permissions, admin consent):
#   Exchange Online: Exchange.ManageAsApp (Office 365 Exchange Online) + an Entra role such as Exchange Administrator
$ExoAppId = '<app-id>'
$ExoOrganization = '<tenant>.onmicrosoft.com'
$ExoCertificateThumbprint = '<certificate-thumbprint>'

Connect-ExchangeOnline -CertificateThumbprint $ExoCertificateThumbprint -AppId $ExoAppId -Organization $ExoOrganization -CommandName Get-Mailbox, Set-MailboxAutoReplyConfiguration -ShowBanner:$false | Out-Null

$mbx = Get-Mailbox -Identity $Identity
Set-MailboxAutoReplyConfiguration -Identity $mbx.Identity -AutoReplyState Enabled -InternalMessage $Message -ExternalMessage $Message
Disconnect-ExchangeOnline -Confirm:$false
