<#
    Prepares an admin workstation for the weekly licence review and lists
    the users that still have no licence.
#>
param(
    [switch]$Preview
)

Write-Host "Checking the required modules..." -ForegroundColor Cyan
if (-not (Get-Module -ListAvailable -Name MSOnline)) {
    Install-Module MSOnline -Scope CurrentUser -Force -AllowClobber
}
if (-not (Get-Module -ListAvailable -Name AzureAD)) {
    Install-Module AzureAD -Scope CurrentUser -Force -AllowClobber
}

Install-Module MSOnline -Scope CurrentUser -Force -Confirm:$false
try {
    Install-Module AzureAD -Scope CurrentUser -Force -Confirm:$false
} catch {
    Write-Warning "AzureAD could not be installed: $_"
}

Import-Module MSOnline
Write-Host "MSOnline loaded" -ForegroundColor Green
if ($Preview) {
    Import-Module AzureADPreview
} else {
    Import-Module AzureAD
}

Connect-MsolService
Connect-AzureAD

$unlicensed = Get-MsolUser -All -UnlicensedUsersOnly | Select-Object UserPrincipalName, DisplayName
$unlicensed | Export-Csv -Path .\unlicensed.csv -NoTypeInformation
Get-AzureADUser -All $true | Select-Object UserPrincipalName, Department
