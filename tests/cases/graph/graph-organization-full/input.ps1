# Other organization properties (directory sync, the whole object printed) come back null
# with User.Read: the scopes ask for Organization.Read.All
Connect-AzureAD
$tenant = Get-AzureADTenantDetail
Write-Output "$($tenant.DisplayName): sync $($tenant.DirSyncEnabled), last $($tenant.CompanyLastDirSyncTime)"
Get-AzureADTenantDetail
