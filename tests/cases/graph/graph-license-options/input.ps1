<#
    Assigns Office 365 E3 to the users listed in a text file, without Sway,
    Yammer and Teams, and turns the same plans off for users who already have it.
#>
param(
    [string]$UserList = "C:\Temp\Users.txt",
    [string[]]$Existing = @()
)

Connect-MsolService

$licenseOptions = New-MsolLicenseOptions -AccountSkuId "contoso:ENTERPRISEPACK" -DisabledPlans "SWAY", "YAMMER_ENTERPRISE", "TEAMS1"

foreach ($user in Get-Content $UserList) {
    Set-MsolUser -UserPrincipalName $user -UsageLocation 'AU'
    Set-MsolUserLicense -UserPrincipalName $user -AddLicenses "contoso:ENTERPRISEPACK" -LicenseOptions $licenseOptions
}

foreach ($upn in $Existing) {
    Set-MsolUserLicense -UserPrincipalName $upn -LicenseOptions $licenseOptions
}
