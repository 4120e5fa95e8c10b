param([Parameter(Mandatory)][string]$UserPrincipalName, [string]$Department = 'Sales')

$cred = Get-Credential -Message 'Your admin account'
Connect-MsolService -Credential $cred

Set-MsolUser -UserPrincipalName $UserPrincipalName -Department $Department
$user = Get-MsolUser -UserPrincipalName $UserPrincipalName
Send-MailMessage -To 'it-reports@contoso.com' -From 'it-admin@contoso.com' -Subject "Moved $($user.DisplayName) to $Department" -Body 'Done.' -SmtpServer smtp.office365.com -Port 587 -UseSsl -Credential $cred
