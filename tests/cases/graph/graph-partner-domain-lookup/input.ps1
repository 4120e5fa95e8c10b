# CSP: report mailbox counts per customer
Connect-MsolService
Get-MsolPartnerContract -All | ForEach-Object {
    $domain = (Get-MsolDomain -TenantId $_.TenantId | Where-Object IsDefault).Name
    Connect-ExchangeOnline -UserPrincipalName admin@partner.example -DelegatedOrganization $domain -ShowBanner:$false
    $count = (Get-EXOMailbox -ResultSize Unlimited).Count
    Write-Output "$($_.Name): $count mailboxes"
    Disconnect-ExchangeOnline -Confirm:$false
}
