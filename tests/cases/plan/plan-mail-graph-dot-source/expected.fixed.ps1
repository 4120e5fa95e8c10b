# TODO(psauth): managed-identity sign-in for the rewritten connections.
# Grant the managed identity (app role assignments):
#   Microsoft Graph: User.Read.All, Mail.Send

# runbook: the AzureAD sign-in is in another script
. .\Login-AzureAD.ps1
$admins = Get-AzureADUser -All $true | Select-Object DisplayName, UserPrincipalName
# TODO(psauth): the app registration needs the Microsoft Graph application permission Mail.Send
# Mail.Send as an application permission can send as every mailbox; to limit the
# app to the sender's mailbox use Exchange Online RBAC for Applications (role
# "Application Mail.Send" with a management scope) instead of the consent.
Connect-MgGraph -Identity -NoWelcome
Send-MgUserMail -UserId svc@contoso.com -BodyParameter @{
    message = @{
        subject = 'Admins'
        body = @{ contentType = 'Text'; content = ($admins | Out-String) }
        toRecipients = @("desk@contoso.com" | ForEach-Object { @{ emailAddress = @{ address = $_ } } })
    }
}
