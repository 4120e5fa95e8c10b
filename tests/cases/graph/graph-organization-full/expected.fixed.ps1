# Other organization properties (directory sync, the whole object printed) come back null
# with User.Read: the scopes ask for Organization.Read.All
Connect-MgGraph -Scopes 'Organization.Read.All' -NoWelcome
$tenant = Get-MgOrganization
Write-Output "$($tenant.DisplayName): sync $($tenant.OnPremisesSyncEnabled), last $($tenant.OnPremisesLastSyncDateTime)"
Get-MgOrganization
