# TODO(psauth): app-only, certificate-based sign-in for the rewritten connections.
# Fill in your Entra ID app registration and its certificate; the placeholders
# fail until then. Grant the app (application permissions, admin consent):
#   Teams: the Entra role and Graph permissions of Microsoft Learn "Application-based authentication in Teams PowerShell Module"
$AppId = '<app-id>'
$TenantId = '<tenant-id>'
$CertificateThumbprint = '<certificate-thumbprint>'

# The credential comes from the script's own helper and is decrypted into a
# clear-text copy on the way: when the connection becomes app-only, the
# whole chain that only fed it goes (helper call, clear-text copy, secure
# string, both user-name assignments), not just its last links.
# Get-CsOnlineApplicationInstance is unsupported app-only only in GCC High
# and DoD, which this connection does not name.
#connect to Tenant

#connect to Microsoft Teams Service
Connect-MicrosoftTeams -CertificateThumbprint $CertificateThumbprint -ApplicationId $AppId -TenantId $TenantId;

Get-Team | Select-Object DisplayName
Get-CsOnlineApplicationInstance | Select-Object DisplayName
