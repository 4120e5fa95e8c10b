# Mailbox permission report: the prompt repeats until a credential is entered, then connects once
do {
    $AdminCred = Get-Credential -Message "Exchange Online administrator"
} until ($AdminCred)

Connect-ExchangeOnline -UserPrincipalName $AdminCred.UserName -ShowBanner:$false | Out-Null

Get-Mailbox -ResultSize Unlimited | Get-MailboxPermission |
    Where-Object { -not $_.IsInherited -and $_.User -notlike "NT AUTHORITY*" } |
    Export-Csv -Path .\MailboxPermissions.csv -NoTypeInformation

Disconnect-ExchangeOnline -Confirm:$false
