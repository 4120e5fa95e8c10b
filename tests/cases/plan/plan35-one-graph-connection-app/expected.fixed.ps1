# TODO(psauth): app-only, certificate-based sign-in for the rewritten connections.
# Fill in your Entra ID app registration and its certificate; the placeholders
# fail until then. Grant the app (application permissions, admin consent):
#   Microsoft Graph: User.ReadWrite.All, Mail.Send
$AppId = '<app-id>'
$Organization = '<tenant>.onmicrosoft.com'
$CertificateThumbprint = '<certificate-thumbprint>'

# Nightly: create the accounts HR queued in the CSV and mail the requester
Import-Module Microsoft.Graph.Authentication, Microsoft.Graph.Users

# TODO(psauth): the app registration needs the Microsoft Graph application permission Mail.Send
# Mail.Send as an application permission can send as every mailbox; to limit the
# app to the sender's mailbox use Exchange Online RBAC for Applications (role
# "Application Mail.Send" with a management scope) instead of the consent.
Connect-MgGraph -CertificateThumbprint $CertificateThumbprint -ClientId $AppId -TenantId $Organization -NoWelcome

$rows = Import-Csv -Path 'D:\Jobs\queue\new-users.csv'
foreach ($row in $rows) {
    $user = Get-MgUser -UserId $row.UserPrincipalName -Property Id
    Update-MgUser -UserId $user.Id -Department $row.Department -JobTitle $row.Title
    Send-MgUserMail -UserId 'onboarding@contoso.com' -BodyParameter @{
        message = @{
            subject = "Updated $($row.UserPrincipalName)"
            body = @{ contentType = 'Text'; content = 'Done.' }
            toRecipients = @($row.Requester | ForEach-Object { @{ emailAddress = @{ address = $_ } } })
        }
    }
}
