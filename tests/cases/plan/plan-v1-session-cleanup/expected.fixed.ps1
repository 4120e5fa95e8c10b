# Mailbox size report (MFA sign-in through the Exchange Online module)
Disconnect-ExchangeOnline -Confirm:$false

Import-Module ExchangeOnlineManagement
Connect-ExchangeOnline -UserPrincipalName admin@contoso.com -WarningAction SilentlyContinue -ShowBanner:$false

Get-Mailbox -ResultSize Unlimited | ForEach-Object {
    $stats = Get-MailboxStatistics -Identity $_.UserPrincipalName
    [pscustomobject]@{ Mailbox = $_.UserPrincipalName; Size = $stats.TotalItemSize }
} | Export-Csv .\MailboxSizes.csv -NoTypeInformation

#Clean up session
Disconnect-ExchangeOnline -Confirm:$false
