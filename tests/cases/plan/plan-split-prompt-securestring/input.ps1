# Lists mailboxes that forward mail to an external address.
# Run it yourself (you are asked to sign in) or from a scheduled task.
param(
    [string]$UserName,
    [securestring]$Password,
    [string]$ReportPath = "$PSScriptRoot\Forwarding.csv"
)

Import-Module ExchangeOnlineManagement

if ($UserName -and $Password) {
    $Credential = New-Object System.Management.Automation.PSCredential ($UserName, $Password)
}
else {
    $Credential = Get-Credential -UserName "admin@contoso.com" -Message "Exchange Online administrator"
}
Connect-ExchangeOnline -Credential $Credential -ShowBanner:$false -ErrorAction Stop

Get-EXOMailbox -ResultSize Unlimited -Properties ForwardingSmtpAddress |
    Where-Object { $_.ForwardingSmtpAddress } |
    Select-Object DisplayName, UserPrincipalName, ForwardingSmtpAddress |
    Export-Csv -Path $ReportPath -NoTypeInformation

Disconnect-ExchangeOnline -Confirm:$false
