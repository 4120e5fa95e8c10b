# TODO(psauth): app-only, certificate-based sign-in for the rewritten connections.
# The script signs in to several tenants: each has its own app registration and
# certificate; the placeholders fail until they are filled in.
$SourceAppId = '<app-id>'
$SourceOrganization = '<tenant>.onmicrosoft.com'
$SourceCertificateThumbprint = '<certificate-thumbprint>'
$TargetAppId = '<app-id>'
$TargetOrganization = '<tenant>.onmicrosoft.com'
$TargetCertificateThumbprint = '<certificate-thumbprint>'

# Tenant-to-tenant migration prep: source and target tenants sign in with
# their own stored credentials.

Connect-ExchangeOnline -CertificateThumbprint $SourceCertificateThumbprint -AppId $SourceAppId -Organization $SourceOrganization -Prefix Src -ShowBanner:$false
Connect-ExchangeOnline -CertificateThumbprint $TargetCertificateThumbprint -AppId $TargetAppId -Organization $TargetOrganization -Prefix Tgt -ShowBanner:$false
Get-SrcMailbox -ResultSize Unlimited | ForEach-Object { Get-TgtMailUser -Identity $_.PrimarySmtpAddress -ErrorAction SilentlyContinue }

# CSP partner: one remote PowerShell session per customer tenant
$partner = Import-Clixml "$PSScriptRoot\partner.xml"
foreach ($customer in (Get-Content .\customers.txt)) {
    $s = New-PSSession -ConfigurationName Microsoft.Exchange -ConnectionUri "https://outlook.office365.com/powershell-liveid?DelegatedOrg=$customer" -Credential $partner -Authentication Basic -AllowRedirection
    Import-PSSession $s -CommandName Get-AcceptedDomain -AllowClobber | Out-Null
    Get-AcceptedDomain | Select-Object DomainName
    Remove-PSSession $s
}
