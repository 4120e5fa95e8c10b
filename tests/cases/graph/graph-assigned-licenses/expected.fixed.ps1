# Set-AzureADUserLicense -AssignedLicenses $x, $x built from the AzureAD licence objects: Set-MgUserLicense
# takes its two lists (-AddLicenses, -RemoveLicenses, both required); the objects become hashtables
Import-Module Microsoft.Graph.Authentication, Microsoft.Graph.Identity.DirectoryManagement, Microsoft.Graph.Users.Actions
Connect-MgGraph -Scopes 'LicenseAssignment.Read.All', 'LicenseAssignment.ReadWrite.All' -NoWelcome
$skuIds = (Get-MgSubscribedSku -All | Where-Object { $_.SkuPartNumber -in @('ENTERPRISEPACK', 'EMS') }).SkuId
$licenses = @{AddLicenses = @(); RemoveLicenses = @()}
foreach ($skuId in $skuIds) {
    $license = @{SkuId = $null; DisabledPlans = @()}
    $license.SkuId = $skuId
    $licenses.AddLicenses += $license
}
$licenses.RemoveLicenses = $oldSkuId
foreach ($upn in Get-Content .\users.txt) {
    Set-MgUserLicense -UserId $upn -AddLicenses @($licenses.AddLicenses) -RemoveLicenses @($licenses.RemoveLicenses)
}
Disconnect-MgGraph
