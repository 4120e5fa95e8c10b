# TODO(psauth): app-only, certificate-based sign-in for the rewritten connections.
# Fill in your Entra ID app registration and its certificate; the placeholders
# fail until then. Grant the app (application permissions, admin consent):
#   Exchange Online: Exchange.ManageAsApp (Office 365 Exchange Online) + an Entra role such as Exchange Administrator
$ExoAppId = '<app-id>'
$ExoOrganization = '<tenant>.onmicrosoft.com'
$ExoCertificateThumbprint = '<certificate-thumbprint>'

# Hides the departed users from the address list; the service account is saved
# next to the script.
Connect-ExchangeOnline -CertificateThumbprint $ExoCertificateThumbprint -AppId $ExoAppId -Organization $ExoOrganization -ShowBanner:$false | Out-Null

$leavers = Get-Content "$PSScriptRoot\leavers.txt"
$answer = Read-Host "Hide $($leavers.Count) mailboxes? [y/n]"
if ($answer -eq 'y') {
    $leavers | ForEach-Object { Set-Mailbox -Identity $_ -HiddenFromAddressListsEnabled $true }
}
Disconnect-ExchangeOnline -Confirm:$false
