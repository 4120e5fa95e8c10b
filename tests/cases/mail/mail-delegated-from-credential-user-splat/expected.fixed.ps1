# Weekly report of new Microsoft 365 groups, mailed by the admin who runs it.
if (-not $AdminUpn) { $AdminUpn = Read-Host -Prompt 'User name (UPN) to sign in with' }
$MsgFrom = $AdminUpn
$Recipient = "it-team@contoso.com"
$Body = Get-Content -Path .\new-groups.html -Raw

# TODO(psauth): the signed-in user needs the Mail.Send permission
Connect-MgGraph -Scopes Mail.Send -NoWelcome
Send-MgUserMail -UserId $MsgFrom -BodyParameter @{
    message = @{
        subject = "New Microsoft 365 groups this week"
        body = @{ contentType = 'HTML'; content = $Body }
        toRecipients = @($Recipient | ForEach-Object { @{ emailAddress = @{ address = $_ } } })
    }
}
