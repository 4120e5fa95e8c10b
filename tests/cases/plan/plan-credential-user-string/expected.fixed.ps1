# Weekly site and mailbox check for the Fabrikam tenant (run by hand).
Connect-SPOService https://fabrikam-admin.sharepoint.com/
Get-SPOSite -Limit All | Select-Object Url, StorageUsageCurrent | Format-Table

Connect-ExchangeOnline -UserPrincipalName "admin@fabrikam.onmicrosoft.com" -ShowBanner:$false | Out-Null
Get-EXOMailbox -ResultSize 50 | Select-Object DisplayName, PrimarySmtpAddress
Disconnect-ExchangeOnline -Confirm:$false
