# Weekly report of new Microsoft 365 groups, mailed by the admin who runs it.
if (-not $AdminCred) { $AdminCred = Get-Credential }
$MsgFrom = $AdminCred.UserName
$Recipient = "it-team@contoso.com"
$Body = Get-Content -Path .\new-groups.html -Raw

$MsgParam = @{
    To         = $Recipient
    From       = $MsgFrom
    Subject    = "New Microsoft 365 groups this week"
    Body       = $Body
    SmtpServer = "smtp.office365.com"
    Port       = 587
    Credential = $AdminCred
}
Send-MailMessage @MsgParam -UseSsl -BodyAsHtml
