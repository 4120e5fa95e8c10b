<#
    .SYNOPSIS
    Exports the forwarding settings of every mailbox to a CSV file.
#>
$ReportPath = "C:\Reports\Forwarding-$(Get-Date -Format yyyyMMdd).csv"

$LiveCred = Get-Credential -Message "Office 365 administrator"
$Session = New-PSSession -ConfigurationName Microsoft.Exchange -ConnectionUri https://outlook.office365.com/powershell-liveid/ -Credential $LiveCred -Authentication Basic -AllowRedirection
Import-PSSession $Session -AllowClobber | Out-Null

$Mailboxes = Get-Mailbox -ResultSize Unlimited
$Mailboxes | Where-Object { $_.ForwardingSmtpAddress } |
    Select-Object DisplayName, ForwardingSmtpAddress, DeliverToMailboxAndForward |
    Export-Csv -Path $ReportPath -NoTypeInformation

Write-Host "Report written to $ReportPath"

# Clean up
Remove-PSSession $Session
Remove-PSSession -ComputerName outlook.office365.com
