# Monthly mailbox quota warning, sent by the reports mailbox; the operator
# types that mailbox's password when asked.
$reportsCred = Get-Credential -UserName "reports@contoso.com" -Message "Password of the reports mailbox"
$full = Import-Csv .\quota.csv | Where-Object { [double]$_.PercentUsed -gt 90 }
foreach ($m in $full) {
    Send-MailMessage -From 'reports@contoso.com' -To $m.PrimarySmtpAddress -Subject "Your mailbox is almost full" `
        -Body "Your mailbox is $($m.PercentUsed)% full." -SmtpServer smtp.office365.com -Port 587 -UseSsl `
        -Credential $reportsCred
}
