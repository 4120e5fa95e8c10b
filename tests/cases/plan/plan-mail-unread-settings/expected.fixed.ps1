# Sends the disk health report to the operations team

# TODO(psauth): app-only, certificate-based sign-in for the rewritten connections.
# Fill in your Entra ID app registration and its certificate; the placeholders
# fail until then. Grant the app (application permissions, admin consent):
#   Microsoft Graph: Mail.Send
$AppId = '<app-id>'
$Organization = '<tenant>.onmicrosoft.com'
$CertificateThumbprint = '<certificate-thumbprint>'

$health = Get-PhysicalDisk | Sort-Object Size | Format-Table FriendlyName, Size, HealthStatus -AutoSize | Out-String
$From = "reports@contoso.com"
$To = "it-ops@contoso.com"
$Subject = "Disk health $(Get-Date -Format d)"
$Relay = "smtp.office365.com"
Write-Verbose "Sending through $Relay"
# TODO(psauth): the app registration needs the Microsoft Graph application permission Mail.Send
# Mail.Send as an application permission can send as every mailbox; to limit the
# app to the sender's mailbox use Exchange Online RBAC for Applications (role
# "Application Mail.Send" with a management scope) instead of the consent.
Connect-MgGraph -CertificateThumbprint $CertificateThumbprint -ClientId $AppId -TenantId $Organization -NoWelcome
Send-MgUserMail -UserId $From -BodyParameter @{
    message = @{
        subject = $Subject
        body = @{ contentType = 'Text'; content = $health }
        toRecipients = @($To | ForEach-Object { @{ emailAddress = @{ address = $_ } } })
    }
}
