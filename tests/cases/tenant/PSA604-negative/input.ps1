# Set-SPOTenant -LegacyAuthProtocolsEnabled $true
Write-Host 'Set-SPOTenant -LegacyAuthProtocolsEnabled $true is no longer possible'
Set-SPOTenant -LegacyAuthProtocolsEnabled $false
Set-SPOTenant -LegacyAuthProtocolsEnabled:$false -SharingCapability Disabled
