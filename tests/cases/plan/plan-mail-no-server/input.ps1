# Mails the nightly report; the mail server comes from the profile.
$report = Get-ChildItem D:\Reports -Filter *.html | Sort-Object LastWriteTime | Select-Object -Last 1
$cred = Import-Clixml -Path "$PSScriptRoot\mailer.xml"
Send-MailMessage -From "reports@contoso.com" -To "it@contoso.com" -Subject "Nightly report" -Attachments $report.FullName -Credential $cred -UseSsl
