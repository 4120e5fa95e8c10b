# MailTools.psm1: helpers for the service desk's notification scripts

function Send-PasswordExpiryNotice {
    [CmdletBinding()]
    param(
        [Parameter(Mandatory = $true)]
        [string[]]$Recipients,
        [string]$Sender = 'servicedesk@contoso.com'
    )

    # TODO(psauth): the signed-in user needs the Mail.Send permission
    if ((Get-MgContext).Scopes -notcontains 'Mail.Send') {
        Connect-MgGraph -Scopes Mail.Send -NoWelcome
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
