# psauth: Set-MgUserLicense takes SKU ids; this reads the tenant's SKUs once (Get-MgSubscribedSku)
# and turns an MSOnline AccountSkuId ('tenant:SKUPARTNUMBER') or a part number into the id.
function ConvertTo-GraphSkuId([string]$AccountSkuId) {
    if (-not $script:GraphSubscribedSkus) { $script:GraphSubscribedSkus = Get-MgSubscribedSku -All }
    $part = $AccountSkuId.Split(':')[-1]
    $sku = $script:GraphSubscribedSkus | Where-Object SkuPartNumber -eq $part
    if (-not $sku) { throw "No subscribed SKU '$part' in this tenant" }
    $sku.SkuId
}

# Load the Active Directory module
Import-Module ActiveDirectory
Import-Module Microsoft.Graph.Authentication, Microsoft.Graph.Identity.DirectoryManagement, Microsoft.Graph.Users, Microsoft.Graph.Users.Actions

Connect-MgGraph -Scopes 'LicenseAssignment.Read.All', 'LicenseAssignment.ReadWrite.All', 'User.ReadWrite.All' -NoWelcome

# New hires from HR: usage location, then the licence
Import-Csv .\new-hires.csv | ForEach-Object {
    Update-MgUser -UserId $_.Upn -UsageLocation $_.Country
    Set-MgUserLicense -UserId $_.Upn -AddLicenses @("contoso:$($_.Sku)" | ForEach-Object { @{SkuId = ConvertTo-GraphSkuId $_} }) -RemoveLicenses @()
}
