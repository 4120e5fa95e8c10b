# the report mails first, then signs in to Graph for the policy check
$mail = Get-AutomationPSCredential -Name 'sendmail'
Send-MailMessage -SmtpServer smtp.office365.com -Port 587 -UseSsl -From svc@contoso.com -To desk@contoso.com -Subject 'Start' -Body 'starting' -Credential $mail
Connect-MgGraph -Identity -NoWelcome
Get-MgPolicyIdentitySecurityDefaultEnforcementPolicy | Select-Object IsEnabled
