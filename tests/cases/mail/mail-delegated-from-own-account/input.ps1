# Mails the weekly licence report from the operator's own mailbox: the person
# who runs it types their sign-in address, then their password.
param([string]$ReportTo = "it-team@contoso.com")

$report = Get-Content -Path .\licences.html -Raw
$upn = Read-Host "Your sign-in address"
$cred = Get-Credential -UserName $upn -Message "Password"
Send-MailMessage -From $upn -To $ReportTo -Subject "Licence report" -Body $report -BodyAsHtml `
    -SmtpServer smtp.office365.com -Port 587 -UseSsl -Credential $cred
