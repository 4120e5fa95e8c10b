# TODO(psauth): the Entra ID app registration and tenant of the rewritten
# connections (the app needs the permissions of each service it connects to);
# the placeholders fail until they are filled in.
$AppId = '<app-id>'

# Security & Compliance session, then the EXO V1 module, PnP and Az
Connect-IPPSSession -Prefix cc -ShowBanner:$false
Get-ccComplianceSearch | Format-Table Name, Status
Disconnect-ExchangeOnline -Confirm:$false

Connect-ExchangeOnline -UserPrincipalName admin@contoso.com

Connect-PnPOnline -Url https://contoso.sharepoint.com/sites/hr -Interactive -ClientId $AppId
Get-PnPList

Connect-AzAccount
Get-AzSubscription
