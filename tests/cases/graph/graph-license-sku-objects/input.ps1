<#
.SYNOPSIS
    Moves a leaver's licences off and gives the replacement hire an E3 licence.
#>
param(
    [Parameter(Mandatory)][string]$Leaver,
    [Parameter(Mandatory)][string]$NewHire
)

Import-Module MSOnline
Connect-MsolService

# every SKU of the tenant: the leaver keeps none of them
$AllSkus = Get-MsolAccountSku
Set-MsolUserLicense -UserPrincipalName $Leaver -RemoveLicenses $AllSkus

$E3 = Get-MsolAccountSku | Where-Object { $_.SkuPartNumber -eq 'ENTERPRISEPACK' }
Set-MsolUserLicense -UserPrincipalName $NewHire -AddLicenses $E3
Write-Host "Done: $Leaver unlicensed, $NewHire licensed."
