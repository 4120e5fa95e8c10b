param([string]$Server)

# server from $PSEmailServer, credential in a splatted hashtable
$PSEmailServer = 'smtp.office365.com'
$mail = @{
    To         = 'ops@contoso.com'
    From       = 'report@contoso.com'
    Subject    = 'Weekly'
    Credential = (Get-Credential)
    UseSsl     = $true
}
Send-MailMessage @mail

# a server only known at run time: reported as info
function Send-Alert {
    param([pscredential]$Credential)
    Send-MailMessage -SmtpServer $Server -Credential $Credential -To 'ops@contoso.com' -From 'alert@contoso.com' -Subject 'Alert'
}
