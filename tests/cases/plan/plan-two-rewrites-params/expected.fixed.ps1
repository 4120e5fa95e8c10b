<#
.SYNOPSIS
    Lists licensed users and their mailbox sizes.
.PARAMETER OutFile
    Where the CSV report goes.
.EXAMPLE
    .\Get-LicensedMailboxReport.ps1 -OutFile .\report.csv
#>
param(
    [string]$OutFile = '.\LicensedMailboxes.csv'
)

# TODO(psauth): app-only, certificate-based sign-in for the rewritten connections.
# Fill in your Entra ID app registration and its certificate; the placeholders
# fail until then. Grant the app (application permissions, admin consent):
#   Exchange Online: Exchange.ManageAsApp (Office 365 Exchange Online) + an Entra role such as Exchange Administrator
#   Microsoft Graph: User.Read.All
$AppId = '<app-id>'
$Organization = '<tenant>.onmicrosoft.com'
$CertificateThumbprint = '<certificate-thumbprint>'


Connect-MgGraph -CertificateThumbprint $CertificateThumbprint -ClientId $AppId -TenantId $Organization -NoWelcome
Connect-ExchangeOnline -CertificateThumbprint $CertificateThumbprint -AppId $AppId -Organization $Organization -ShowBanner:$false

$rows = foreach ($u in Get-MgUser -All -Property AssignedLicenses, UserPrincipalName, Id | Where-Object { ($_.AssignedLicenses.Count -gt 0) }) {
    $stats = Get-MailboxStatistics -Identity $u.UserPrincipalName
    [pscustomobject]@{
        User = $u.UserPrincipalName
        Size = $stats.TotalItemSize
    }
}
$rows | Export-Csv -Path $OutFile -NoTypeInformation
Disconnect-ExchangeOnline -Confirm:$false
