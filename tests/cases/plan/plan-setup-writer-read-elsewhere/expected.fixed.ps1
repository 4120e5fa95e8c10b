# TODO(psauth): app-only, certificate-based sign-in for the rewritten connections.
# Fill in your Entra ID app registration and its certificate; the placeholders
# fail until then. Grant the app (application permissions, admin consent):
#   Exchange Online: Exchange.ManageAsApp (Office 365 Exchange Online) + an Entra role such as Exchange Administrator
$ExoAppId = '<app-id>'
$ExoOrganization = '<tenant>.onmicrosoft.com'
$ExoCertificateThumbprint = '<certificate-thumbprint>'

# Nightly: sync Entra Connect, then report new mailboxes.
#Obtain and store the service account credentials
Get-Credential | Export-Clixml -Path "D:\Jobs\svc-sync.xml"

Invoke-Command -ComputerName aadconnect01 -Credential (Import-Clixml -Path "D:\Jobs\svc-sync.xml") -ScriptBlock { Start-ADSyncSyncCycle -PolicyType Delta }
Connect-ExchangeOnline -CertificateThumbprint $ExoCertificateThumbprint -AppId $ExoAppId -Organization $ExoOrganization -ShowBanner:$false
Get-EXOMailbox -Filter "WhenCreated -gt '$((Get-Date).AddDays(-1))'" | Select-Object DisplayName, PrimarySmtpAddress
