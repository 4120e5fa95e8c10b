# TODO(psauth): app-only, certificate-based sign-in for the rewritten connections.
# Fill in your Entra ID app registration and its certificate (the app needs the
# permissions of each service it connects to); the placeholders fail until then.
$ExoAppId = '<app-id>'
$ExoOrganization = '<tenant>.onmicrosoft.com'
$ExoCertificateThumbprint = '<certificate-thumbprint>'

# One credential feeds two connections that are both rewritten: the
# plumbing (password literal included) goes only when both rewrites apply.
Connect-ExchangeOnline -CertificateThumbprint $ExoCertificateThumbprint -AppId $ExoAppId -Organization $ExoOrganization -ShowBanner:$false
Connect-MgGraph -CertificateThumbprint $ExoCertificateThumbprint -ClientId $ExoAppId -TenantId $ExoOrganization -NoWelcome
Get-EXOMailbox -ResultSize 10 | Select-Object DisplayName
Get-MgUser -UserId 'adele@contoso.com' -Property DisplayName, Id | Select-Object DisplayName

# a credential read elsewhere only for its user name: a user-name prompt
$otherUpn = Read-Host -Prompt 'User name (UPN) to sign in with'
Connect-MicrosoftTeams -AccountId $otherUpn
Write-Host "signed in as $($otherUpn)"
