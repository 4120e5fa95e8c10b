# MailTools.psm1: helpers for the service desk's notification scripts

function Send-PasswordExpiryNotice {
    [CmdletBinding()]
    param(
        [Parameter(Mandatory = $true)]
        [string[]]$Recipients,
        [string]$Sender = 'servicedesk@contoso.com'
    )

    foreach ($Recipient in $Recipients) {
        Send-MailMessage -From $Sender -To $Recipient -Subject 'Your password expires soon' `
            -Body 'Please change your password before it expires.' `
            -SmtpServer 'smtp.office365.com' -Port 587 -UseSsl `
            -Credential (Get-Credential -Message 'Service desk mailbox credentials')
    }
}

Export-ModuleMember -Function Send-PasswordExpiryNotice
