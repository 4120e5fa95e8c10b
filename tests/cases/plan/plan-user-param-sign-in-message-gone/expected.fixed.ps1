<#
.SYNOPSIS
    Nightly export of mailbox sizes for the capacity report.
.PARAMETER Organization
    The organization's initial domain (<tenant>.onmicrosoft.com), for unattended runs with the app's certificate.

.PARAMETER ClientId
    The application (client) ID of the Entra ID app registration the script signs in as when it runs unattended.

.PARAMETER CertificateThumbprint
    The thumbprint of that app's certificate, in the certificate store of the account that runs the script.
.EXAMPLE
    .\Export-MailboxSizes.ps1 -UserName admin@contoso.onmicrosoft.com -Password 'P@ssw0rd'
#>
[CmdletBinding()]
param(
    [Parameter(Mandatory = $true)]
    [string]$Organization,
    [Parameter(Mandatory = $true)]
    [string]$ClientId,
    [Parameter(Mandatory = $true)]
    [string]$CertificateThumbprint,
    [string]$OutFile = "C:\Reports\MailboxSizes.csv"
)

Connect-ExchangeOnline -CertificateThumbprint $CertificateThumbprint -AppId $ClientId -Organization $Organization -ShowBanner:$false

Get-EXOMailbox -ResultSize Unlimited |
    Get-EXOMailboxStatistics |
    Select-Object DisplayName, TotalItemSize, ItemCount |
    Export-Csv -Path $OutFile -NoTypeInformation

Disconnect-ExchangeOnline -Confirm:$false
Write-Output "Mailbox sizes written to $OutFile"
