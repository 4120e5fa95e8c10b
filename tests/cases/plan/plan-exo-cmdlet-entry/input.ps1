Connect-ExchangeOnline -UserPrincipalName admin@contoso.com
$boxes = Get-Mailbox -RecipientTypeDetails UserMailbox -ResultSize Unlimited |
    Select-Object UserPrincipalName, DisplayName
$boxes | Export-Csv .\mailboxes.csv -NoTypeInformation
