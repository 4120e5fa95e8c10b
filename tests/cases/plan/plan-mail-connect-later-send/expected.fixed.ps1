param([switch]$Early)
# TODO(psauth): managed-identity sign-in for the rewritten connections.
# Grant the managed identity (app role assignments):
#   Microsoft Graph: Mail.Send

# TODO(psauth): the app registration needs the Microsoft Graph application permission Mail.Send
# Mail.Send as an application permission can send as every mailbox; to limit the
# app to the sender's mailbox use Exchange Online RBAC for Applications (role
# "Application Mail.Send" with a management scope) instead of the consent.
Connect-MgGraph -Identity -NoWelcome
if ($Early) {
  Send-MgUserMail -UserId svc@contoso.com -BodyParameter @{
      message = @{
          subject = 'Early'
          body = @{ contentType = 'Text'; content = 'x' }
          toRecipients = @("desk@contoso.com" | ForEach-Object { @{ emailAddress = @{ address = $_ } } })
      }
  }
}
Send-MgUserMail -UserId svc@contoso.com -BodyParameter @{
    message = @{
        subject = 'Done'
        body = @{ contentType = 'Text'; content = 'y' }
        toRecipients = @("desk@contoso.com" | ForEach-Object { @{ emailAddress = @{ address = $_ } } })
    }
}
