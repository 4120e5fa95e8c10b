# runbook: the AzureAD sign-in is in another script
. .\Login-AzureAD.ps1
$admins = Get-AzureADUser -All $true | Select-Object DisplayName, UserPrincipalName
$mail = Get-AutomationPSCredential -Name 'sendmail'
Send-MailMessage -SmtpServer smtp.office365.com -Port 587 -UseSsl -From svc@contoso.com -To desk@contoso.com -Subject 'Admins' -Body ($admins | Out-String) -Credential $mail
