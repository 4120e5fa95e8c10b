# Password expiry reminders, one mail per user.
$smtpCred = Import-Clixml "$PSScriptRoot\smtp.xml"
$users = Import-Csv .\expiring.csv
foreach ($u in $users) {
    if ($u.DaysLeft -le 7) {
        Send-MailMessage -SmtpServer smtp.office365.com -Port 587 -UseSsl -Credential $smtpCred `
            -From 'it-noreply@contoso.com' -To $u.Mail -Subject 'Your password expires soon' `
            -Body "Your password expires in $($u.DaysLeft) days." -ErrorAction Continue
    }
}
