# Sends each new starter their account details from the HR shared mailbox.
# Run by an HR administrator after the accounts are created.
$starters = Import-Csv -Path .\starters.csv

# TODO(psauth): the signed-in user needs the Mail.Send and Mail.Send.Shared permissions, and Send As or Send on Behalf
# rights and Full Access on the mailbox the mail is sent from, unless they sign in as that mailbox
Connect-MgGraph -Scopes Mail.Send, Mail.Send.Shared -NoWelcome
foreach ($s in $starters) {
    $body = "Hello $($s.FirstName),<br/>your account is $($s.UserPrincipalName). Your manager has your first-day password."
    Send-MgUserMail -UserId "hr@contoso.com" -BodyParameter @{
        message = @{
            subject = "Welcome to Contoso"
            body = @{ contentType = 'HTML'; content = $body }
            toRecipients = @($s.PrivateMail | ForEach-Object { @{ emailAddress = @{ address = $_ } } })
        }
    }
}
