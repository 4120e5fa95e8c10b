<#
.SYNOPSIS
    Reports mailboxes whose forwarding sends mail outside the organization.

.PARAMETER Organization
    The organization's initial domain (<tenant>.onmicrosoft.com), for unattended runs with the app's certificate.

.PARAMETER ClientId
    The application (client) ID of the Entra ID app registration the script signs in as when it runs unattended.

.PARAMETER CertificateThumbprint
    The thumbprint of that app's certificate, in the certificate store of the account that runs the script.

.PARAMETER OutFile
    Where the CSV report goes.

.EXAMPLE
    .\input.ps1 -OutFile .\forwarding.csv
#>
param(
    [string]$Organization,
    [string]$ClientId,
    [string]$CertificateThumbprint,
    [string]$OutFile = '.\forwarding.csv'
)

if (($Organization -ne "") -and ($ClientId -ne "") -and ($CertificateThumbprint -ne "")) {
    Connect-ExchangeOnline -AppId $ClientId -CertificateThumbprint $CertificateThumbprint -Organization $Organization -ShowBanner:$false
}
else {
    Connect-ExchangeOnline
}

Get-EXOMailbox -ResultSize Unlimited -Properties ForwardingSmtpAddress |
    Where-Object { $_.ForwardingSmtpAddress } |
    Select-Object DisplayName, ForwardingSmtpAddress |
    Export-Csv -Path $OutFile -NoTypeInformation
Disconnect-ExchangeOnline -Confirm:$false
