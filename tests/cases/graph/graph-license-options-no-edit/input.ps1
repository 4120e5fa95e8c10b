# Licence options: one set shown in the log before it is applied, one applied
# with a licence that is not the options' own SKU
param([string]$Upn, [string]$Sku = "contoso:ENTERPRISEPACK")

Connect-MsolService
$LO = New-MsolLicenseOptions -AccountSkuId $Sku -DisabledPlans "SWAY", "FLOW_O365_P2"
Write-Output $LO
Set-MsolUserLicense -UserPrincipalName $Upn -LicenseOptions $LO

$E3 = New-MsolLicenseOptions -AccountSkuId "contoso:ENTERPRISEPACK" -DisabledPlans "YAMMER_ENTERPRISE"
Set-MsolUserLicense -UserPrincipalName $Upn -AddLicenses "contoso:SPE_E3" -LicenseOptions $E3
