# Lists mailboxes that forward mail to an external address.
# Run it yourself (you are asked to sign in) or from a scheduled task.
param(
    [string]$Organization,
    [string]$ClientId,
    [string]$CertificateThumbprint,
    [string]$ReportPath = "$PSScriptRoot\Forwarding.csv"
)

Import-Module ExchangeOnlineManagement

if (($Organization -ne "") -and ($ClientId -ne "") -and ($CertificateThumbprint -ne "")) {
    Connect-ExchangeOnline -AppId $ClientId -CertificateThumbprint $CertificateThumbprint -Organization $Organization -ShowBanner:$false -ErrorAction Stop
}
else {
    Connect-ExchangeOnline -UserPrincipalName "admin@contoso.com" -ShowBanner:$false -ErrorAction Stop
}

Get-EXOMailbox -ResultSize Unlimited -Properties ForwardingSmtpAddress |
    Where-Object { $_.ForwardingSmtpAddress } |
    Select-Object DisplayName, UserPrincipalName, ForwardingSmtpAddress |
    Export-Csv -Path $ReportPath -NoTypeInformation

Disconnect-ExchangeOnline -Confirm:$false
