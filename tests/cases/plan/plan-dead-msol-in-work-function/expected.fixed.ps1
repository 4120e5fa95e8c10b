param([string]$CsvPath = '.\shared.csv')

# TODO(psauth): app-only, certificate-based sign-in for the rewritten connections.
# Fill in your Entra ID app registration and its certificate; the placeholders
# fail until then. Grant the app (application permissions, admin consent):
#   Exchange Online: Exchange.ManageAsApp (Office 365 Exchange Online) + an Entra role such as Exchange Administrator
$ExoAppId = '<app-id>'
$ExoOrganization = '<tenant>.onmicrosoft.com'
$ExoCertificateThumbprint = '<certificate-thumbprint>'

function Set-SharedMailboxSettings {
    param([string]$Path)
    try {
        Connect-ExchangeOnline -CertificateThumbprint $ExoCertificateThumbprint -AppId $ExoAppId -Organization $ExoOrganization -ShowBanner:$false
    }
    catch {
        Write-Error "Could not connect: $_"
        return
    }
    foreach ($row in Import-Csv $Path) {
        Set-Mailbox -Identity $row.Mailbox -MessageCopyForSentAsEnabled $true
    }
    Disconnect-ExchangeOnline -Confirm:$false
}

Set-SharedMailboxSettings -Path $CsvPath
