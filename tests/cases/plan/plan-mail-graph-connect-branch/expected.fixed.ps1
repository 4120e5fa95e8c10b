# a person runs it: lists users, and mails only when asked
param([switch]$Mail)
# TODO(psauth): the signed-in user needs the Mail.Send, Mail.Send.Shared, User.Read.All permissions, and Send As or Send on Behalf
# rights and Full Access on the mailbox the mail is sent from, unless they sign in as that mailbox
Connect-MgGraph -Scopes Mail.Send, Mail.Send.Shared, User.Read.All -NoWelcome
Get-MgUser -All -Property DisplayName, Id | Select-Object DisplayName | Export-Csv users.csv
if ($Mail) {
  Send-MgUserMail -UserId me@contoso.com -BodyParameter @{
      message = @{
          subject = 'Users'
          body = @{ contentType = 'Text'; content = 'attached' }
          toRecipients = @("desk@contoso.com" | ForEach-Object { @{ emailAddress = @{ address = $_ } } })
          attachments = @("users.csv" | ForEach-Object { @{ '@odata.type' = '#microsoft.graph.fileAttachment'; name = (Split-Path $_ -Leaf); contentBytes = [Convert]::ToBase64String([IO.File]::ReadAllBytes((Convert-Path -LiteralPath $_))) } })
      }
  }
}
