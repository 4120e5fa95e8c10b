# Keep the old sync tool working.
Set-SPOTenant -LegacyAuthProtocolsEnabled $true

# abbreviated (-LegacyA is unique: -LegacyBrowserAuthProtocolsEnabled also starts with -Legacy)
Set-SPOTenant -LegacyA:$true

$tenant = @{ LegacyAuthProtocolsEnabled = 1 }
Set-SPOTenant @tenant
