# TODO(psauth): app-only, certificate-based sign-in for the rewritten connections.
# Fill in your Entra ID app registration and its certificate; the placeholders
# fail until then. Grant the app (application permissions, admin consent):
#   Security & Compliance: Exchange.ManageAsApp (Office 365 Exchange Online) + an Entra role such as Compliance Administrator
$ExoAppId = '<app-id>'
$ExoOrganization = '<tenant>.onmicrosoft.com'
$ExoCertificateThumbprint = '<certificate-thumbprint>'

# Removes a reported phishing mail from every mailbox (run by the SOC job).
Connect-IPPSSession -CertificateThumbprint $ExoCertificateThumbprint -AppId $ExoAppId -Organization $ExoOrganization -ShowBanner:$false -EnableSearchOnlySession

New-ComplianceSearch -Name "PhishingMail" -ExchangeLocation All -ContentMatchQuery 'subject:"Invoice overdue"'
Start-ComplianceSearch -Identity "PhishingMail"
New-ComplianceSearchAction -SearchName "PhishingMail" -Purge -PurgeType SoftDelete -Confirm:$false

Disconnect-ExchangeOnline -Confirm:$false
