# Get-MsolSubscription listed the subscriptions the company purchased: Get-MgDirectorySubscription
# lists the tenant's commercial subscriptions (GET /directory/subscriptions)
Connect-MsolService
Get-MsolSubscription
foreach ($sku in Get-MsolAccountSku) {
    $state = Get-MsolSubscription
    Write-Output $sku.SkuPartNumber
}
