$UserName = "reports@contoso.com"
$Exo = @{ AppId = '11111111-2222-3333-4444-555555555555'; Organization = 'contoso.onmicrosoft.com'; CertificateThumbprint = 'ABCDEF0123456789ABCDEF0123456789ABCDEF01' }
Connect-ExchangeOnline @Exo

Function emailCloud($to, $subject, $body) {
    Send-MgUserMail -UserId $UserName -BodyParameter @{
        message = @{
            subject = $subject
            body = @{ contentType = 'HTML'; content = $body }
            toRecipients = @($to | ForEach-Object { @{ emailAddress = @{ address = $_ } } })
        }
    }
}

Function processSite($site) {
    if ($site.Stale) { emailCloud $site.Owner "Stale site" "Your site $($site.Url) is stale" }
}

Function Main {
    foreach ($s in Import-Csv .\sites.csv) {
        processSite $s
    }
}
# TODO(psauth): the app registration needs the Microsoft Graph application permission Mail.Send
# Mail.Send as an application permission can send as every mailbox; to limit the
# app to the sender's mailbox use Exchange Online RBAC for Applications (role
# "Application Mail.Send" with a management scope) instead of the consent.
Connect-MgGraph -CertificateThumbprint $Exo.CertificateThumbprint -ClientId $Exo.AppId -TenantId $Exo.Organization -NoWelcome
Main
