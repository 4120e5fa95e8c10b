# Reboot notice, run by a scheduled task.
$username = "<userName>" # Set username for mailserver
$password = Get-Content 'C:\mysecurestring.txt' | ConvertTo-SecureString # Import the secured password
$cred = New-Object -TypeName System.Management.Automation.PSCredential -ArgumentList $username, $password
$subj = "Automated message: $(hostname) back online"
Send-MailMessage -SmtpServer smtp.office365.com -Port 587 -Credential $cred -UseSsl `
    -From '$username' -To 'ops@contoso.com' -Subject $subj -Body 'Back online.' -ErrorAction Stop
