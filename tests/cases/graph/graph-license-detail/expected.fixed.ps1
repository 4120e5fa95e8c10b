# Licence report for a list of users: one line per licence with the plans that are not
# provisioned yet.
param([string]$UserListPath = '.\users.txt')
Connect-MgGraph -Scopes 'LicenseAssignment.Read.All' -NoWelcome
$rows = foreach ($upn in Get-Content -Path $UserListPath) {
    $details = Get-MgUserLicenseDetail -UserId $upn
    foreach ($detail in $details) {
        $pending = $detail.ServicePlans | Where-Object { $_.ProvisioningStatus -ne 'Success' }
        [pscustomobject]@{
            User     = $upn
            Sku      = $detail.SkuPartNumber
            SkuId    = $detail.SkuId
            Pending  = ($pending.ServicePlanName -join ', ')
        }
    }
}
$rows | Export-Csv -Path .\licence-details.csv -NoTypeInformation
