<#
    Prepares an admin workstation for the weekly licence review and lists
    the users that still have no licence.
#>
param(
    [switch]$Preview
)

Write-Host "Checking the required modules..." -ForegroundColor Cyan
if (-not (Get-Module -ListAvailable -Name Microsoft.Graph.Authentication)) {
    Install-Module Microsoft.Graph.Authentication, Microsoft.Graph.Users -Scope CurrentUser -Force -AllowClobber
}

Install-Module Microsoft.Graph.Authentication, Microsoft.Graph.Users -Scope CurrentUser -Force -Confirm:$false

Import-Module Microsoft.Graph.Authentication, Microsoft.Graph.Users
Write-Host "Microsoft Graph loaded" -ForegroundColor Green
if ($Preview) {
    Import-Module Microsoft.Graph.Authentication
} else {
    Import-Module Microsoft.Graph.Authentication
}

Connect-MgGraph -Scopes 'User.Read.All' -NoWelcome

$unlicensed = Get-MgUser -All -Property UserPrincipalName, DisplayName, AssignedLicenses, Id | Where-Object { $_.AssignedLicenses.Count -eq 0 } | Select-Object UserPrincipalName, DisplayName
$unlicensed | Export-Csv -Path .\unlicensed.csv -NoTypeInformation
Get-MgUser -All -Property UserPrincipalName, Department, Id | Select-Object UserPrincipalName, Department
