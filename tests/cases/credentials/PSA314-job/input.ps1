# prompts inside jobs have no console
Register-ScheduledJob -Name 'NightlyReport' -Trigger (New-JobTrigger -Daily -At '03:00') -ScriptBlock {
    $c = Get-Credential 'admin@contoso.com'
    Connect-ExchangeOnline -Credential $c
    Get-Mailbox -ResultSize Unlimited | Export-Csv C:\Reports\mailboxes.csv
}
$job = Start-Job -ScriptBlock { Get-Credential }
Start-ThreadJob { $x = Get-Credential -Message 'thread' }
# the interactive part of the same script is not reported
$setup = Get-Credential -Message 'Account for the report'
