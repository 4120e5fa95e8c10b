<#
.SYNOPSIS
    Sets the default sharing policy on every user mailbox.
.NOTES
    Interactive: run it and sign in. As a runbook, the wrapper sets $O365Cred
    from the automation credential before it dot-sources this file.
#>
if (!$O365Cred) {
    $O365Cred = Get-Credential -Message "Exchange admin account"
}
Connect-ExchangeOnline -UserPrincipalName $O365Cred.UserName -ShowBanner:$false | Out-Null

Get-Mailbox -RecipientTypeDetails UserMailbox -ResultSize Unlimited |
    Set-Mailbox -SharingPolicy "Default Sharing Policy"

Disconnect-ExchangeOnline -Confirm:$false
