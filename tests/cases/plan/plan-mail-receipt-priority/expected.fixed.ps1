# TODO(psauth): app-only, certificate-based sign-in for the rewritten connections.
# Fill in your Entra ID app registration and its certificate; the placeholders
# fail until then. Grant the app (application permissions, admin consent):
#   Microsoft Graph: Mail.Send
$AppId = '<app-id>'
$Organization = '<tenant>.onmicrosoft.com'
$CertificateThumbprint = '<certificate-thumbprint>'

# Daily report mailer (scheduled).
$Failures = Get-Content C:\Jobs\failures.txt
if ($Failures) { $Level = 'High' } else { $Level = "Normal" }
# TODO(psauth): the app registration needs the Microsoft Graph application permission Mail.Send
Connect-MgGraph -CertificateThumbprint $CertificateThumbprint -ClientId $AppId -TenantId $Organization -NoWelcome
Send-MgUserMail -UserId reports@contoso.com -BodyParameter @{
    message = @{
        subject = 'Daily report'
        body = @{ contentType = 'Text'; content = $Failures -join "`n" }
        toRecipients = @("ops@contoso.com" | ForEach-Object { @{ emailAddress = @{ address = $_ } } })
        importance = $Level.ToLower()
        isDeliveryReceiptRequested = $true
    }
}
