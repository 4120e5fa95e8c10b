# TODO(psauth): app-only, certificate-based sign-in for the rewritten connections.
# Fill in your Entra ID app registration and its certificate; the placeholders
# fail until then. Grant the app (application permissions, admin consent):
#   Exchange Online: Exchange.ManageAsApp (Office 365 Exchange Online) + an Entra role such as Exchange Administrator
#   Microsoft Graph: Mail.Send
$AppId = '<app-id>'
$Organization = '<tenant>.onmicrosoft.com'
$CertificateThumbprint = '<certificate-thumbprint>'

# Weekly check of the shared mailboxes' sizes; runs as a scheduled task on the reporting server.

Connect-ExchangeOnline -CertificateThumbprint $CertificateThumbprint -AppId $AppId -Organization $Organization -ShowBanner:$false
$Report = Get-EXOMailbox -RecipientTypeDetails SharedMailbox -ResultSize Unlimited |
    Get-EXOMailboxStatistics | Select-Object DisplayName, TotalItemSize, ItemCount

# TODO(psauth): the app registration needs the Microsoft Graph application permission Mail.Send
# Mail.Send as an application permission can send as every mailbox; to limit the
# app to the sender's mailbox use Exchange Online RBAC for Applications (role
# "Application Mail.Send" with a management scope) instead of the consent.
Connect-MgGraph -CertificateThumbprint $CertificateThumbprint -ClientId $AppId -TenantId $Organization -NoWelcome
Send-MgUserMail -UserId svc-reports@contoso.com -BodyParameter @{
    message = @{
        subject = "Weekly storage report"
        body = @{ contentType = 'HTML'; content = ($Report | ConvertTo-Html | Out-String) }
        toRecipients = @("it-team@contoso.com" | ForEach-Object { @{ emailAddress = @{ address = $_ } } })
    }
}

Disconnect-ExchangeOnline -Confirm:$false
