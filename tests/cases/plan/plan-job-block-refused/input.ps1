# Registers the nightly mailbox report as a scheduled job on this server.
$Trigger = New-JobTrigger -Daily -At '02:30'

Register-ScheduledJob -Name 'MailboxReport' -Trigger $Trigger -ScriptBlock {
    $Cred = Get-Credential -UserName 'svc-report@contoso.com' -Message 'Report account'
    Connect-ExchangeOnline -Credential $Cred -ShowBanner:$false
    Get-EXOMailbox -ResultSize Unlimited |
        Select-Object DisplayName, PrimarySmtpAddress, RecipientTypeDetails |
        Export-Csv -Path 'D:\Reports\Mailboxes.csv' -NoTypeInformation
    Disconnect-ExchangeOnline -Confirm:$false
}
