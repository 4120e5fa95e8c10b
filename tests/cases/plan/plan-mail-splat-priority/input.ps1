# Weekly disk report, run by Task Scheduler.
$Sender = 'alerts@contoso.com'
$Secret = Get-Content "C:\jobs\mail.txt" | ConvertTo-SecureString
$Full = Get-PSDrive -PSProvider FileSystem | Where-Object { $_.Free -lt 5GB }
if ($Full) {
    $Importance = 'High'
    $Title = 'Disks almost full'
} else {
    $Importance = 'Low'
    $Title = 'Disks fine'
}
$MailCred = New-Object System.Management.Automation.PSCredential -ArgumentList $Sender, $Secret
$Mail = @{
    'To' = 'ops@contoso.com'
    'From' = $Sender
    'Subject' = $Title
    'Priority' = $Importance
    'Body' = ($Full | Out-String)
    'SmtpServer' = 'smtp.office365.com'
    'Port' = 587
    'UseSsl' = $true
    'Credential' = $MailCred
}
Send-MailMessage @Mail
