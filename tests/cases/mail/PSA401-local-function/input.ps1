# A script-defined function named like the cmdlet is not Send-MailMessage.
function Send-MailMessage {
    param($SmtpServer, $Credential)
    Write-Output "queued for $SmtpServer"
}
Send-MailMessage -SmtpServer 'smtp.office365.com' -Credential $cred

