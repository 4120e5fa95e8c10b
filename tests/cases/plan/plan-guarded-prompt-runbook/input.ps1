<#
.SYNOPSIS
    Sets the default sharing policy on every user mailbox.
.NOTES
    Interactive: run it and sign in. As a runbook, the wrapper connects with the
    automation credential, sets $O365Cred and dot-sources this file.
#>
if (!$O365Cred) {
    $O365Cred = Get-Credential -Message "Exchange admin account"
    $Session = New-PSSession -ConfigurationName Microsoft.Exchange -ConnectionUri https://outlook.office365.com/powershell-liveid/ -Credential $O365Cred -Authentication Basic -AllowRedirection
    Import-PSSession $Session -AllowClobber | Out-Null
}

Get-Mailbox -RecipientTypeDetails UserMailbox -ResultSize Unlimited |
    Set-Mailbox -SharingPolicy "Default Sharing Policy"
