# HVE without a credential in the script (e.g. after an OAuth token was set up elsewhere)
Send-MailMessage -SmtpServer 'smtp-hve.office365.com' -To 'all@contoso.com' -From 'news@contoso.com' -Subject 'Newsletter'

# smtp-hve.office365.com mentioned in a comment and a message only
Write-Host 'Relay: smtp-hve.office365.com'
$client = New-Object System.Net.Mail.SmtpClient -ArgumentList 'smtp-hve.office365.com', 587
$client.UseDefaultCredentials = $false
