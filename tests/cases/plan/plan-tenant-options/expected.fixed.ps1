# TODO(psauth): app-only, certificate-based sign-in for the rewritten connections.
# Fill in your Entra ID app registration and its certificate; the placeholders
# fail until then. Grant the app (application permissions, admin consent):
#   Exchange Online (managed identity): Exchange.ManageAsApp (Office 365 Exchange Online) + an Entra role such as Exchange Administrator
#   Security & Compliance: Exchange.ManageAsApp (Office 365 Exchange Online) + an Entra role such as Compliance Administrator
#   Microsoft Graph (managed identity): User.Read.All, Mail.Send
#   SharePoint (PnP), SharePoint (SPO) (managed identity): Sites.FullControl.All (SharePoint)
#   Teams (managed identity): the Entra role and Graph permissions of Microsoft Learn "Application-based authentication in Teams PowerShell Module"
#   Azure (managed identity): Azure roles on the resources it manages
$ExoAppId = '<app-id>'
$ExoCertificateThumbprint = '<certificate-thumbprint>'

# Azure Automation runbook: every service signs in with the same stored account.
Connect-ExchangeOnline -ManagedIdentity -Organization 'contoso.onmicrosoft.com' -ShowBanner:$false
Connect-IPPSSession -CertificateThumbprint $ExoCertificateThumbprint -AppId $ExoAppId -Organization 'contoso.onmicrosoft.com'
Connect-SPOService -Url https://contoso-admin.sharepoint.com -ManagedIdentity
Connect-PnPOnline -Url https://contoso.sharepoint.com/sites/it -ManagedIdentity
Connect-MicrosoftTeams -Identity
Connect-AzAccount -Identity
# TODO(psauth): the app registration needs the Microsoft Graph application permission Mail.Send
# Mail.Send as an application permission can send as every mailbox; to limit the
# app to the sender's mailbox use Exchange Online RBAC for Applications (role
# "Application Mail.Send" with a management scope) instead of the consent.
Connect-MgGraph -Identity -NoWelcome
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
