# Half-migrated licensing script: the SKU list already comes from Microsoft Graph.
param([string]$UserPrincipalName)

Connect-MgGraph -Scopes 'LicenseAssignment.Read.All'
$skus = Get-MgSubscribedSku -All | Where-Object { $_.SkuPartNumber -eq 'SPE_E3' }

Connect-MsolService
Set-MsolUserLicense -UserPrincipalName $UserPrincipalName -AddLicenses $skus
