# Licence options built once and shown in the log before they are applied
param([string]$Upn, [string]$Sku = "contoso:ENTERPRISEPACK")

Connect-MsolService
$LO = New-MsolLicenseOptions -AccountSkuId $Sku -DisabledPlans "SWAY", "FLOW_O365_P2"
Write-Output $LO
Set-MsolUserLicense -UserPrincipalName $Upn -AddLicenses "contoso:SPE_E3" -LicenseOptions $LO
