<#
.SYNOPSIS
    Moves a leaver's licences off and gives the replacement hire an E3 licence.
#>
param(
    [Parameter(Mandatory)][string]$Leaver,
    [Parameter(Mandatory)][string]$NewHire
)

Import-Module Microsoft.Graph.Authentication, Microsoft.Graph.Identity.DirectoryManagement, Microsoft.Graph.Users.Actions
Connect-MgGraph -Scopes 'LicenseAssignment.Read.All', 'LicenseAssignment.ReadWrite.All' -NoWelcome

# every SKU of the tenant: the leaver keeps none of them
$AllSkus = Get-MgSubscribedSku -All
Set-MgUserLicense -UserId $Leaver -RemoveLicenses @($AllSkus.SkuId) -AddLicenses @()

$E3 = Get-MgSubscribedSku -All | Where-Object { $_.SkuPartNumber -eq 'ENTERPRISEPACK' }
Set-MgUserLicense -UserId $NewHire -AddLicenses @($E3 | ForEach-Object { @{SkuId = $_.SkuId} }) -RemoveLicenses @()
Write-Host "Done: $Leaver unlicensed, $NewHire licensed."
