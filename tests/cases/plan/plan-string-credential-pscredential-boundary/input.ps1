# Nightly license cleanup; the scheduled task's wrapper passes -Credential.
param(
    [System.Management.Automation.PSCredential]$Credential,
    $Account
)

Connect-ExchangeOnline -Credential $Credential
Get-Mailbox -ResultSize Unlimited | Where-Object { $_.IsInactiveMailbox } | Export-Csv .\inactive.csv

Connect-SPOService -Url https://contoso-admin.sharepoint.com -Credential $Account
Get-SPOSite -Limit All | Export-Csv .\sites.csv
