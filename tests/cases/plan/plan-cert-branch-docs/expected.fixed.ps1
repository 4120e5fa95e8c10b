<#
.SYNOPSIS
  Lists shared mailboxes and who can open them.

.NOTES
  Examples:

  1. With an MFA prompt:
       .\input.ps1

  2. Run script unattended with app-only certificate authentication:
       .\input.ps1 -Organization '<tenant>.onmicrosoft.com' -ClientId '<app-id>' -CertificateThumbprint '<certificate-thumbprint>'

  For scheduled runs, pass an Entra ID app's certificate instead: -Organization, -ClientId and -CertificateThumbprint.
#>
param(
    [string]$Organization,
    [string]$ClientId,
    [string]$CertificateThumbprint,
    [string]$OutFile = '.\shared.csv'
)

# For scheduled runs, pass an Entra ID app's certificate instead: -Organization, -ClientId and -CertificateThumbprint
if (($Organization -ne "") -and ($ClientId -ne "") -and ($CertificateThumbprint -ne "")) {
    Connect-ExchangeOnline -AppId $ClientId -CertificateThumbprint $CertificateThumbprint -Organization $Organization -ShowBanner:$false
}
else {
    Connect-ExchangeOnline
}
Get-EXOMailbox -RecipientTypeDetails SharedMailbox -ResultSize Unlimited |
    Select-Object DisplayName, PrimarySmtpAddress |
    Export-Csv $OutFile -NoTypeInformation
