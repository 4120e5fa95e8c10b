# TODO(psauth): app-only, certificate-based sign-in for the rewritten connections.
# Fill in your Entra ID app registration and its certificate; the placeholders
# fail until then. Grant the app (application permissions, admin consent):
#   Microsoft Graph: User.Read.All, Mail.Send
$AppId = '<app-id>'
$Organization = '<tenant>.onmicrosoft.com'
$CertificateThumbprint = '<certificate-thumbprint>'

# runbook: the AzureAD sign-in is in another script
. .\Login-AzureAD.ps1
$admins = Get-AzureADUser -All $true | Select-Object DisplayName, UserPrincipalName
# TODO(psauth): the app registration needs the Microsoft Graph application permission Mail.Send
Connect-MgGraph -CertificateThumbprint $CertificateThumbprint -ClientId $AppId -TenantId $Organization -NoWelcome
Send-MgUserMail -UserId svc@contoso.com -BodyParameter @{
    message = @{
        subject = 'Admins'
        body = @{ contentType = 'Text'; content = ($admins | Out-String) }
        toRecipients = @("desk@contoso.com" | ForEach-Object { @{ emailAddress = @{ address = $_ } } })
    }
}
