# TODO(psauth): app-only, certificate-based sign-in for the rewritten connections.
# Fill in your Entra ID app registration and its certificate; the placeholders
# fail until then. Grant the app (application permissions, admin consent):
#   Exchange Online: Exchange.ManageAsApp (Office 365 Exchange Online) + an Entra role such as Exchange Administrator
#   Microsoft Graph: User.Read.All
$AppId = '<app-id>'
$Organization = 'contoso.onmicrosoft.com'
$CertificateThumbprint = '<certificate-thumbprint>'

# One credential feeds two connections that are both rewritten: the
# plumbing (password literal included) goes only when both rewrites apply.
Connect-ExchangeOnline -CertificateThumbprint $CertificateThumbprint -AppId $AppId -Organization $Organization -ShowBanner:$false
Connect-MgGraph -CertificateThumbprint $CertificateThumbprint -ClientId $AppId -TenantId $Organization -NoWelcome
Get-EXOMailbox -ResultSize 10 | Select-Object DisplayName
Get-MgUser -UserId 'adele@contoso.com' -Property DisplayName, Id | Select-Object DisplayName

# a credential read elsewhere only for its user name: a user-name prompt
$otherUpn = Read-Host -Prompt 'User name (UPN) to sign in with'
Connect-MicrosoftTeams -AccountId $otherUpn
Write-Host "signed in as $($otherUpn)"
