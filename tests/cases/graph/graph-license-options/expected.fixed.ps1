<#
    Assigns Office 365 E3 to the users listed in a text file, without Sway,
    Yammer and Teams, and turns the same plans off for users who already have it.
#>
param(
    [string]$UserList = "C:\Temp\Users.txt",
    [string[]]$Existing = @()
)

# psauth: Graph takes the disabled service plans inside the licence entry, as GUIDs; this builds
# @{SkuId; DisabledPlans} from MSOnline's AccountSkuId and plan names, looked up in the tenant's
# SKUs once (Get-MgSubscribedSku), as New-MsolLicenseOptions took them.
function New-GraphLicenseOptions([string]$AccountSkuId, [string[]]$DisabledPlans) {
    if (-not $script:GraphSubscribedSkus) { $script:GraphSubscribedSkus = Get-MgSubscribedSku -All }
    $part = $AccountSkuId.Split(':')[-1]
    $sku = $script:GraphSubscribedSkus | Where-Object SkuPartNumber -eq $part
    if (-not $sku) { throw "No subscribed SKU '$part' in this tenant" }
    $plans = foreach ($name in $DisabledPlans) {
        $plan = $sku.ServicePlans | Where-Object ServicePlanName -eq $name
        if (-not $plan) { throw "No service plan '$name' in SKU '$part'" }
        $plan.ServicePlanId
    }
    @{SkuId = $sku.SkuId; DisabledPlans = @($plans)}
}

Connect-MgGraph -Scopes 'LicenseAssignment.Read.All', 'LicenseAssignment.ReadWrite.All', 'User.ReadWrite.All' -NoWelcome

$licenseOptions = New-GraphLicenseOptions -AccountSkuId "contoso:ENTERPRISEPACK" -DisabledPlans "SWAY", "YAMMER_ENTERPRISE", "TEAMS1"

foreach ($user in Get-Content $UserList) {
    Update-MgUser -UserId $user -UsageLocation 'AU'
    Set-MgUserLicense -UserId $user -AddLicenses @($licenseOptions) -RemoveLicenses @()
}

foreach ($upn in $Existing) {
    Set-MgUserLicense -UserId $upn -AddLicenses @($licenseOptions) -RemoveLicenses @()
}
