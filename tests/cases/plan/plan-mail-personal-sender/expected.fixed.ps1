# Lab 3: mail the event log export to the instructor.
$SmtpServer = 'smtp.office365.com'
$SmtpUser = 'lab.student@outlook.com'
$SmtpPassword = 'ChangeMe!2020'
$MailTo = 'instructor@fabrikam.edu'
$MailFrom = 'lab.student@outlook.com'
$Credentials = New-Object System.Management.Automation.PSCredential -ArgumentList $SmtpUser, $($SmtpPassword | ConvertTo-SecureString -AsPlainText -Force)

Send-MailMessage -To $MailTo -From $MailFrom -Subject "Lab 3 event log" -SmtpServer $SmtpServer -Port 587 -UseSsl -Credential $Credentials -Attachments "C:\Lab3\events.csv" -Body "Attached."
