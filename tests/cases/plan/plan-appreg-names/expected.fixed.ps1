# TODO(psauth): app-only, certificate-based sign-in for the rewritten connections.
# Fill in your Entra ID app registration and its certificate; the placeholders
# fail until then. Grant the app (application permissions, admin consent):
#   Microsoft Graph: Mail.Send
$M365AppId = '<app-id>'
$M365Organization = '<tenant>.onmicrosoft.com'
$M365CertificateThumbprint = '<certificate-thumbprint>'

# Daily backup report: the organization name below is one of the
# report's own header values, not a sign-in setting.
$Organization = "Northwind Traders"
$SmtpUser = "reports@northwind.onmicrosoft.com"

$failed = Get-ChildItem "D:\Backup\Logs" -Filter *.log | Select-String -Pattern "FAILED" | Measure-Object
$body = "$Organization - $($failed.Count) failed backup jobs today."

# TODO(psauth): the app registration needs the Microsoft Graph application permission Mail.Send
# Mail.Send as an application permission can send as every mailbox; to limit the
# app to the sender's mailbox use Exchange Online RBAC for Applications (role
# "Application Mail.Send" with a management scope) instead of the consent.
Connect-MgGraph -CertificateThumbprint $M365CertificateThumbprint -ClientId $M365AppId -TenantId $M365Organization -NoWelcome
Send-MgUserMail -UserId $SmtpUser -BodyParameter @{
    message = @{
        subject = "Backup report"
        body = @{ contentType = 'Text'; content = $body }
        toRecipients = @("it-ops@northwind.com" | ForEach-Object { @{ emailAddress = @{ address = $_ } } })
    }
}
