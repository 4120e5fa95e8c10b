# Get-MsolSubscription listed the subscriptions the company purchased: Get-MgDirectorySubscription
# lists the tenant's commercial subscriptions (GET /directory/subscriptions)
Connect-MgGraph -Scopes 'Organization.Read.All' -NoWelcome
Get-MgDirectorySubscription
foreach ($sku in Get-MgSubscribedSku -All) {
    $state = Get-MgDirectorySubscription
    Write-Output $sku.SkuPartNumber
}
