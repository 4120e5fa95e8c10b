# MailTools.psm1: helpers for the service desk's notification scripts

function Send-PasswordExpiryNotice {
    [CmdletBinding()]
    param(
        [Parameter(Mandatory = $true)]
        [string[]]$Recipients,
        [string]$Sender = 'servicedesk@contoso.com'
    )

    # TODO(psauth): the signed-in user needs the Mail.Send and Mail.Send.Shared permissions, and Send As or Send on Behalf
    # rights and Full Access on the mailbox the mail is sent from, unless they sign in as that mailbox
    if ((Get-MgContext).Scopes -notcontains 'Mail.Send.Shared') {
        Connect-MgGraph -Scopes Mail.Send, Mail.Send.Shared -NoWelcome
    }
    foreach ($Recipient in $Recipients) {
        Send-MgUserMail -UserId $Sender -BodyParameter @{
            message = @{
                subject = 'Your password expires soon'
                body = @{ contentType = 'Text'; content = 'Please change your password before it expires.' }
                toRecipients = @($Recipient | ForEach-Object { @{ emailAddress = @{ address = $_ } } })
            }
        }
    }
}

Export-ModuleMember -Function Send-PasswordExpiryNotice
