<#
.SYNOPSIS
    Connects to Exchange Online with the password saved next to the script.
#>
[CmdletBinding()]
PARAM(
    [int]$ResultSize = 10
)
BEGIN
{
    # TODO(psauth): app-only, certificate-based sign-in for the rewritten connections.
    # Fill in your Entra ID app registration and its certificate; the placeholders
    # fail until then. Grant the app (application permissions, admin consent):
    #   Exchange Online: Exchange.ManageAsApp (Office 365 Exchange Online) + an Entra role such as Exchange Administrator
    $ExoAppId = '<app-id>'
    $ExoOrganization = '<tenant>.onmicrosoft.com'
    $ExoCertificateThumbprint = '<certificate-thumbprint>'

}
PROCESS
{
    Connect-ExchangeOnline -CertificateThumbprint $ExoCertificateThumbprint -AppId $ExoAppId -Organization $ExoOrganization -ShowBanner:$false | Out-Null
    Get-EXOMailbox -ResultSize $ResultSize | Select-Object DisplayName, PrimarySmtpAddress
}
END
{
    Disconnect-ExchangeOnline -Confirm:$false
}
