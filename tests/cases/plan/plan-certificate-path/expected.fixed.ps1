# Scheduled task: every service signs in with the same stored account.
Connect-ExchangeOnline -CertificateFilePath 'C:\Certs\automation.pfx' -AppId '0b6c5c1e-5a3e-4f7d-9c1a-2d4e6f8a0b1c' -Organization 'contoso.onmicrosoft.com' -ShowBanner:$false
Connect-IPPSSession -CertificateFilePath 'C:\Certs\automation.pfx' -AppId '0b6c5c1e-5a3e-4f7d-9c1a-2d4e6f8a0b1c' -Organization 'contoso.onmicrosoft.com'
Connect-SPOService -Url https://contoso-admin.sharepoint.com -CertificatePath 'C:\Certs\automation.pfx' -ClientId '0b6c5c1e-5a3e-4f7d-9c1a-2d4e6f8a0b1c' -TenantId 'contoso.onmicrosoft.com'
Connect-PnPOnline -Url https://contoso.sharepoint.com/sites/it -CertificatePath 'C:\Certs\automation.pfx' -ClientId '0b6c5c1e-5a3e-4f7d-9c1a-2d4e6f8a0b1c' -Tenant 'contoso.onmicrosoft.com'
Connect-MicrosoftTeams -Certificate (Get-PfxCertificate -FilePath 'C:\Certs\automation.pfx') -ApplicationId '0b6c5c1e-5a3e-4f7d-9c1a-2d4e6f8a0b1c' -TenantId 'contoso.onmicrosoft.com'
Connect-AzAccount -ServicePrincipal -CertificatePath 'C:\Certs\automation.pfx' -ApplicationId '0b6c5c1e-5a3e-4f7d-9c1a-2d4e6f8a0b1c' -Tenant 'contoso.onmicrosoft.com'
# TODO(psauth): the app registration needs the Microsoft Graph application permission Mail.Send
# Mail.Send as an application permission can send as every mailbox; to limit the
# app to the sender's mailbox use Exchange Online RBAC for Applications (role
# "Application Mail.Send" with a management scope) instead of the consent.
Connect-MgGraph -Certificate (Get-PfxCertificate -FilePath 'C:\Certs\automation.pfx') -ClientId '0b6c5c1e-5a3e-4f7d-9c1a-2d4e6f8a0b1c' -TenantId 'contoso.onmicrosoft.com' -NoWelcome
Get-SPOSite -Identity https://contoso.sharepoint.com/sites/it | Select-Object Title, StorageUsageCurrent
Get-MgUser -UserId 'it@contoso.com' -Property DisplayName, UsageLocation, Id | Select-Object DisplayName, UsageLocation
Get-EXOMailbox -Identity 'it@contoso.com' | Select-Object PrimarySmtpAddress
Send-MgUserMail -UserId 'automation@contoso.com' -BodyParameter @{
    message = @{
        subject = 'Runbook finished'
        body = @{ contentType = 'Text'; content = 'Done' }
        toRecipients = @('it@contoso.com' | ForEach-Object { @{ emailAddress = @{ address = $_ } } })
    }
}
