# Weekly check of the shared mailboxes' sizes; run it from your admin workstation.

Connect-ExchangeOnline -ShowBanner:$false
$Report = Get-EXOMailbox -RecipientTypeDetails SharedMailbox -ResultSize Unlimited |
    Get-EXOMailboxStatistics | Select-Object DisplayName, TotalItemSize, ItemCount

Connect-SPOService -Url https://contoso-admin.sharepoint.com
$Sites = Get-SPOSite -Limit All | Select-Object Url, StorageUsageCurrent

$Body = ($Report | ConvertTo-Html -Fragment) + ($Sites | ConvertTo-Html -Fragment)
# TODO(psauth): the signed-in user needs the Mail.Send and Mail.Send.Shared permissions, and Send As or Send on Behalf
# rights and Full Access on the mailbox the mail is sent from, unless they sign in as that mailbox
Connect-MgGraph -Scopes Mail.Send, Mail.Send.Shared -NoWelcome
Send-MgUserMail -UserId it-reports@contoso.com -BodyParameter @{
    message = @{
        subject = "Weekly storage report"
        body = @{ contentType = 'HTML'; content = ($Body | Out-String) }
        toRecipients = @("it-team@contoso.com" | ForEach-Object { @{ emailAddress = @{ address = $_ } } })
    }
}

Disconnect-SPOService
Disconnect-ExchangeOnline -Confirm:$false
