# TODO(psauth): app-only, certificate-based sign-in for the rewritten connections.
# Fill in your Entra ID app registration and its certificate; the placeholders
# fail until then. Grant the app (application permissions, admin consent):
#   Microsoft Graph: Mail.Send
$AppId = '<app-id>'
$Organization = '<tenant>.onmicrosoft.com'
$CertificateThumbprint = '<certificate-thumbprint>'

# Mails the nightly backup log and the disk report to the helpdesk.
$SmtpServer = "smtp.office365.com"
$From = "backup@contoso.com"
$To = "helpdesk@contoso.com"

$Log = Get-Content "C:\Backup\last-run.log"
# TODO(psauth): the app registration needs the Microsoft Graph application permission Mail.Send
# Mail.Send as an application permission can send as every mailbox; to limit the
# app to the sender's mailbox use Exchange Online RBAC for Applications (role
# "Application Mail.Send" with a management scope) instead of the consent.
Connect-MgGraph -CertificateThumbprint $CertificateThumbprint -ClientId $AppId -TenantId $Organization -NoWelcome
Send-MgUserMail -UserId $From -BodyParameter @{
    message = @{
        subject = "Backup log"
        body = @{ contentType = 'Text'; content = [string]$Log }
        toRecipients = @($To | ForEach-Object { @{ emailAddress = @{ address = $_ } } })
    }
}

$Report = Get-PSDrive -PSProvider FileSystem | Select-Object Name, Used, Free | ConvertTo-Html -Title "Disks"
Send-MgUserMail -UserId $From -BodyParameter @{
    message = @{
        subject = "Disk report"
        body = @{ contentType = 'HTML'; content = [string]$Report }
        toRecipients = @($To | ForEach-Object { @{ emailAddress = @{ address = $_ } } })
    }
}

$Summary = Get-Content "C:\Backup\summary.txt" -Raw
Send-MgUserMail -UserId $From -BodyParameter @{
    message = @{
        subject = "Backup summary"
        body = @{ contentType = 'Text'; content = $Summary }
        toRecipients = @($To | ForEach-Object { @{ emailAddress = @{ address = $_ } } })
    }
}
