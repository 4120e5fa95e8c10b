<#
.SYNOPSIS
    Reports the mailbox sizes of every user mailbox in the tenant.
.PARAMETER AdminUser
    The administrator account used to connect.
#>
param(
    [Parameter(Mandatory = $true)]
    [string]$AdminUser
)

# TODO(psauth): app-only, certificate-based sign-in for the rewritten connections.
# Fill in your Entra ID app registration and its certificate; the placeholders
# fail until then. Grant the app (application permissions, admin consent):
#   Exchange Online: Exchange.ManageAsApp (Office 365 Exchange Online) + an Entra role such as Exchange Administrator
$ExoAppId = '<app-id>'
$ExoOrganization = '<tenant>.onmicrosoft.com'
$ExoCertificateThumbprint = '<certificate-thumbprint>'

$ReportPath = Join-Path $PSScriptRoot 'MailboxSizes.csv'

Connect-ExchangeOnline -CertificateThumbprint $ExoCertificateThumbprint -AppId $ExoAppId -Organization $ExoOrganization -ShowBanner:$false | Out-Null

$mailboxes = Get-EXOMailbox -ResultSize Unlimited -RecipientTypeDetails UserMailbox | Select-Object UserPrincipalName, DisplayName
$rows = foreach ($mbx in $mailboxes) {
    $stats = Get-MailboxStatistics -Identity $mbx.UserPrincipalName
    [pscustomobject]@{
        User  = $mbx.UserPrincipalName
        Name  = $mbx.DisplayName
        Size  = $stats.TotalItemSize
    }
}
$rows | Export-Csv -Path $ReportPath -NoTypeInformation
Write-Output "Report for $AdminUser's tenant written to $ReportPath"

Disconnect-ExchangeOnline -Confirm:$false
