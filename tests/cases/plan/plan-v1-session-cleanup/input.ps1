# Mailbox size report (MFA sign-in through the Exchange Online module)
Get-PSSession | Remove-PSSession

$MFAExchangeModule = ((Get-ChildItem -Path $($env:LOCALAPPDATA + "\Apps\2.0\") -Filter CreateExoPSSession.ps1 -Recurse).FullName | Select-Object -Last 1)
. "$MFAExchangeModule"
Connect-EXOPSSession -UserPrincipalName admin@contoso.com -WarningAction SilentlyContinue

Get-Mailbox -ResultSize Unlimited | ForEach-Object {
    $stats = Get-MailboxStatistics -Identity $_.UserPrincipalName
    [pscustomobject]@{ Mailbox = $_.UserPrincipalName; Size = $stats.TotalItemSize }
} | Export-Csv .\MailboxSizes.csv -NoTypeInformation

#Clean up session
Get-PSSession | Remove-PSSession
