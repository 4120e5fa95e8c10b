# Report of guests added this week; run in a session that already holds $TenantCred.
$guests = Get-Content -Path .\guests.txt
$body = "New guests: " + ($guests -join ', ')
Send-MailMessage -SmtpServer smtp.office365.com -Port 587 -UseSsl -From 'reports@contoso.com' -To 'it@contoso.com' -Subject 'Guests' -Body $body -Credential $TenantCred
