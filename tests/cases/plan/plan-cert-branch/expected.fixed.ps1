<#
.SYNOPSIS
  Exports inbox rules that forward mail outside the organization.
.EXAMPLE
  .\Get-ForwardingRules.ps1 -Organization contoso.onmicrosoft.com -ClientId <id> -CertificateThumbprint <t>
#>
param (
    [string]$Organization,
    [string]$ClientId,
    [string]$CertificateThumbprint,
    [switch]$IncludeDisabled
)

function Connect-Exo {
    Write-Host 'Connecting to Exchange Online...'
    if ($Organization -ne '' -and $ClientId -ne '' -and $CertificateThumbprint -ne '') {
        Connect-ExchangeOnline -AppId $ClientId -CertificateThumbprint $CertificateThumbprint -Organization $Organization -ShowBanner:$false
    }
    else {
        Connect-ExchangeOnline -ShowBanner:$false
    }
}

Connect-Exo
Get-EXOMailbox -ResultSize Unlimited | ForEach-Object {
    Get-InboxRule -Mailbox $_.UserPrincipalName | Where-Object { $_.ForwardTo -or $_.RedirectTo }
} | Export-Csv .\ForwardingRules.csv -NoTypeInformation
