param([Parameter(Mandatory)][string]$UserPrincipalName, [string]$Department = 'Sales')

# TODO(psauth): the signed-in user needs the Mail.Send and Mail.Send.Shared permissions, and Send As or Send on Behalf
# rights and Full Access on the mailbox the mail is sent from, unless they sign in as that mailbox
Connect-MgGraph -Scopes 'User.ReadWrite.All', 'Mail.Send', 'Mail.Send.Shared' -NoWelcome

Update-MgUser -UserId $UserPrincipalName -Department $Department
$user = Get-MgUser -UserId $UserPrincipalName -Property DisplayName, Id
Send-MgUserMail -UserId 'it-admin@contoso.com' -BodyParameter @{
    message = @{
        subject = "Moved $($user.DisplayName) to $Department"
        body = @{ contentType = 'Text'; content = 'Done.' }
        toRecipients = @('it-reports@contoso.com' | ForEach-Object { @{ emailAddress = @{ address = $_ } } })
    }
}
