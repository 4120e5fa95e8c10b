# Monthly mailbox quota warning, sent by the reports mailbox; the operator
# types that mailbox's password when asked.
$full = Import-Csv .\quota.csv | Where-Object { [double]$_.PercentUsed -gt 90 }
# TODO(psauth): the signed-in user needs the Mail.Send permission
Connect-MgGraph -Scopes Mail.Send -NoWelcome
foreach ($m in $full) {
    Send-MgUserMail -UserId 'reports@contoso.com' -BodyParameter @{
        message = @{
            subject = "Your mailbox is almost full"
            body = @{ contentType = 'Text'; content = "Your mailbox is $($m.PercentUsed)% full." }
            toRecipients = @($m.PrimarySmtpAddress | ForEach-Object { @{ emailAddress = @{ address = $_ } } })
        }
    }
}
