# Modern: Microsoft Graph with app-only authentication
Connect-MgGraph -ClientId $appId -TenantId $tenantId -CertificateThumbprint $thumb -NoWelcome
Send-MgUserMail -UserId 'report@contoso.com' -BodyParameter $message

# anonymous relay without a credential
Send-MailMessage -SmtpServer 'smtp.office365.com' -To 'ops@contoso.com' -From 'report@contoso.com' -Subject 'Relay'

# a credential, but not Microsoft 365
Send-MailMessage -SmtpServer 'smtp.contoso.com' -Credential $cred -To 'ops@contoso.com' -From 'report@contoso.com' -Subject 'On-premises'

# Direct Send to the tenant's MX endpoint is not SMTP AUTH
Send-MailMessage -SmtpServer 'contoso-com.mail.protection.outlook.com' -Credential $cred -To 'ops@contoso.com' -From 'report@contoso.com' -Subject 'Direct Send'

# only printed
Write-Host "Send-MailMessage -SmtpServer smtp.office365.com -Credential `$cred"
