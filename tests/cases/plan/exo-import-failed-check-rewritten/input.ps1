param([string]$ReportPath = ".\forwarding.csv")

$cred = Get-Credential
$session = New-PSSession -ConfigurationName Microsoft.Exchange -ConnectionUri https://outlook.office365.com/powershell-liveid/ -Credential $cred -Authentication Basic -AllowRedirection
Import-PSSession $session -AllowClobber
if ($? -eq $false) {
    throw "Exchange Online cmdlets could not be loaded"
}

Get-Mailbox -ResultSize Unlimited |
    Where-Object { $_.ForwardingSmtpAddress } |
    Select-Object DisplayName, ForwardingSmtpAddress |
    Export-Csv $ReportPath -NoTypeInformation

Remove-PSSession $session
