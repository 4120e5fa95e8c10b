# TODO(psauth): app-only, certificate-based sign-in for the rewritten connections.
# Fill in your Entra ID app registration and its certificate; the placeholders
# fail until then. Grant the app (application permissions, admin consent):
#   Microsoft Graph: Mail.Send
$AppId = '<app-id>'
$Organization = '<tenant>.onmicrosoft.com'
$CertificateThumbprint = '<certificate-thumbprint>'

# A nightly job mails its report; addresses and subjects are bare words
# (argument mode), which the rewrite must quote in the message hashtable.
# TODO(psauth): the app registration needs the Microsoft Graph application permission Mail.Send
# Mail.Send as an application permission can send as every mailbox; to limit the
# app to the sender's mailbox use Exchange Online RBAC for Applications (role
# "Application Mail.Send" with a management scope) instead of the consent.
Connect-MgGraph -CertificateThumbprint $CertificateThumbprint -ClientId $AppId -TenantId $Organization -NoWelcome
Send-MgUserMail -UserId reports@contoso.com -BodyParameter @{
    message = @{
        subject = "Nightly"
        body = @{ contentType = 'Text'; content = "Done at $(Get-Date)" }
        toRecipients = @("ops@contoso.com", "audit@contoso.com" | ForEach-Object { @{ emailAddress = @{ address = $_ } } })
    }
}

# The weekly summary goes to the operators only; its subject has an escaped
# blank and a line break, which PowerShell expands in a bare word as in a
# double-quoted string.
Send-MgUserMail -UserId reports@contoso.com -BodyParameter @{
    message = @{
        subject = "Nightly` report`nsummary"
        body = @{ contentType = 'Text'; content = "See the share" }
        toRecipients = @("ops@contoso.com" | ForEach-Object { @{ emailAddress = @{ address = $_ } } })
    }
}
