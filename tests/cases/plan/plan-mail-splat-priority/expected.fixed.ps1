# TODO(psauth): app-only, certificate-based sign-in for the rewritten connections.
# Fill in your Entra ID app registration and its certificate; the placeholders
# fail until then. Grant the app (application permissions, admin consent):
#   Microsoft Graph: Mail.Send
$AppId = '<app-id>'
$Organization = '<tenant>.onmicrosoft.com'
$CertificateThumbprint = '<certificate-thumbprint>'

# Weekly disk report, run by Task Scheduler.
$Sender = 'alerts@contoso.com'
$Full = Get-PSDrive -PSProvider FileSystem | Where-Object { $_.Free -lt 5GB }
if ($Full) {
    $Importance = 'High'
    $Title = 'Disks almost full'
} else {
    $Importance = 'Low'
    $Title = 'Disks fine'
}
# TODO(psauth): the app registration needs the Microsoft Graph application permission Mail.Send
# Mail.Send as an application permission can send as every mailbox; to limit the
# app to the sender's mailbox use Exchange Online RBAC for Applications (role
# "Application Mail.Send" with a management scope) instead of the consent.
Connect-MgGraph -CertificateThumbprint $CertificateThumbprint -ClientId $AppId -TenantId $Organization -NoWelcome
Send-MgUserMail -UserId $Sender -BodyParameter @{
    message = @{
        subject = $Title
        body = @{ contentType = 'Text'; content = ($Full | Out-String) }
        toRecipients = @('ops@contoso.com' | ForEach-Object { @{ emailAddress = @{ address = $_ } } })
        importance = $Importance.ToLower()
    }
}
