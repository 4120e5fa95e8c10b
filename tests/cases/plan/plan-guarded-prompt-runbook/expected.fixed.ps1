<#
.SYNOPSIS
    Sets the default sharing policy on every user mailbox.
.NOTES
    Interactive: run it and sign in. As a runbook, the wrapper connects with the
    automation credential, sets $O365Cred and dot-sources this file.
#>
if (!$O365Cred) {
    $O365Cred = Get-Credential -Message "Exchange admin account"
    Connect-ExchangeOnline -UserPrincipalName $O365Cred.UserName -ShowBanner:$false | Out-Null
}

Get-Mailbox -RecipientTypeDetails UserMailbox -ResultSize Unlimited |
    Set-Mailbox -SharingPolicy "Default Sharing Policy"
