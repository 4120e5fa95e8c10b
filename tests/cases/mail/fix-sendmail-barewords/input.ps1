# A nightly job mails its report; addresses and subjects are bare words
# (argument mode), which the rewrite must quote in the message hashtable.
$cred = Import-Clixml -Path C:\Jobs\smtp-cred.xml
Send-MailMessage -SmtpServer smtp.office365.com -Port 587 -UseSsl -Credential $cred -From reports@contoso.com -To ops@contoso.com, audit@contoso.com -Subject Nightly -Body "Done at $(Get-Date)"

# The weekly summary goes to the operators only; its subject has an escaped
# blank and a line break, which PowerShell expands in a bare word as in a
# double-quoted string.
Send-MailMessage -SmtpServer smtp.office365.com -Port 587 -UseSsl -Credential $cred -From reports@contoso.com -To ops@contoso.com -Subject Nightly` report`nsummary -Body "See the share"
