<#
.SYNOPSIS
    Assigns E3 licences to new starters and exports a licence summary.

.DESCRIPTION
    Reads unlicensed users from MSOnline, sets the usage location and adds the
    ENTERPRISEPACK SKU, then uses the AzureAD module to list guest accounts
    that have not been reviewed. Scheduled nightly on CONTOSO-MGMT01.

.PARAMETER SkuPartNumber
    Part number of the SKU to assign.

.PARAMETER UsageLocation
    Two-letter country code that is set before licensing.
#>
param(
    [string]$SkuPartNumber = 'ENTERPRISEPACK',
    [string]$UsageLocation = 'GB',
    [string]$CsvFolder = 'C:\Scripts\Licensing\Output'
)

Import-Module MSOnline
$cred = Get-Credential -UserName 'licensing@contoso.onmicrosoft.com' -Message 'Licensing service account'
Connect-MsolService -Credential $cred

$sku = Get-MsolAccountSku | Where-Object { $_.AccountSkuId -like "*:$SkuPartNumber" }
if (-not $sku) { throw "SKU $SkuPartNumber not found in tenant" }
$available = $sku.ActiveUnits - $sku.ConsumedUnits
Write-Host "$($sku.AccountSkuId): $available licences free" -ForegroundColor Cyan

$newStarters = Get-MsolUser -All -UnlicensedUsersOnly | Where-Object { -not $_.BlockCredential }
$assigned = 0
foreach ($user in $newStarters) {
    if ($assigned -ge $available) {
        Write-Warning 'No licences left, stopping.'
        break
    }
    try {
        if (-not $user.UsageLocation) {
            Set-MsolUser -UserPrincipalName $user.UserPrincipalName -UsageLocation $UsageLocation
        }
        Set-MsolUserLicense -UserPrincipalName $user.UserPrincipalName -AddLicenses $sku.AccountSkuId
        $check = Get-MsolUser -UserPrincipalName $user.UserPrincipalName
        if ($check.IsLicensed) {
            $assigned++
            Write-Host "Licensed $($user.UserPrincipalName)"
        }
    }
    catch {
        Write-Host "Failed for $($user.UserPrincipalName): $($_.Exception.Message)" -ForegroundColor Red
    }
}

Get-MsolAccountSku |
    Select-Object AccountSkuId, ActiveUnits, ConsumedUnits, WarningUnits |
    Export-Csv -Path (Join-Path $CsvFolder 'LicenceSummary.csv') -NoTypeInformation

# Guest review uses the newer AzureAD module with the same account
Connect-AzureAD -Credential $cred | Out-Null
$guests = Get-AzureADUser -All $true -Filter "userType eq 'Guest'"
$guestReport = foreach ($g in $guests) {
    [pscustomobject]@{
        DisplayName    = $g.DisplayName
        Mail           = $g.Mail
        AccountEnabled = $g.AccountEnabled
        CreationType   = $g.CreationType
        UserState      = $g.UserState
    }
}
$guestReport | Export-Csv -Path (Join-Path $CsvFolder 'Guests.csv') -NoTypeInformation
Write-Host "$assigned licences assigned, $(@($guests).Count) guests exported." -ForegroundColor Green
