# Sends the PC inventory script to the helpdesk
$From = "inventory@contoso.com"
$To = "helpdesk@contoso.com"
$Subject = "PC inventory"
$Body = ""Sent from "+ $env:COMPUTERNAME +" at " + (Get-Date)"
$SMTPServer = "smtp.office365.com"
$SMTPPort = "587"
Send-MailMessage -From $From -To $To -Subject $Subject -Body $Body -SmtpServer $SMTPServer -Port $SMTPPort -UseSsl -Credential (Get-Credential)
