# Set-MsolUserLicense –user (an en dash, as pasted from a web page): PowerShell binds the unambiguous
# prefix to -UserPrincipalName, which becomes -UserId
# psauth: Set-MgUserLicense takes SKU ids; this reads the tenant's SKUs once (Get-MgSubscribedSku)
# and turns an MSOnline AccountSkuId ('tenant:SKUPARTNUMBER') or a part number into the id.
function ConvertTo-GraphSkuId([string]$AccountSkuId) {
    if (-not $script:GraphSubscribedSkus) { $script:GraphSubscribedSkus = Get-MgSubscribedSku -All }
    $part = $AccountSkuId.Split(':')[-1]
    $sku = $script:GraphSubscribedSkus | Where-Object SkuPartNumber -eq $part
    if (-not $sku) { throw "No subscribed SKU '$part' in this tenant" }
    $sku.SkuId
}

Connect-MgGraph -Scopes 'LicenseAssignment.Read.All', 'LicenseAssignment.ReadWrite.All' -NoWelcome
$upn = 'adele@contoso.com'
Set-MgUserLicense -UserId $upn -RemoveLicenses @('contoso:ENTERPRISEPACK' | ForEach-Object { ConvertTo-GraphSkuId $_ }) -AddLicenses @()
