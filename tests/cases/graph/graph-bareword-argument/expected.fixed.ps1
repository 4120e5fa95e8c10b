# Command-mode barewords (contoso:EXCHANGESTANDARD is the string 'contoso:EXCHANGESTANDARD'
# as a command argument) stay strings when the rewrite moves them into an expression
# psauth: Set-MgUserLicense takes SKU ids; this reads the tenant's SKUs once (Get-MgSubscribedSku)
# and turns an MSOnline AccountSkuId ('tenant:SKUPARTNUMBER') or a part number into the id.
function ConvertTo-GraphSkuId([string]$AccountSkuId) {
    if (-not $script:GraphSubscribedSkus) { $script:GraphSubscribedSkus = Get-MgSubscribedSku -All }
    $part = $AccountSkuId.Split(':')[-1]
    $sku = $script:GraphSubscribedSkus | Where-Object SkuPartNumber -eq $part
    if (-not $sku) { throw "No subscribed SKU '$part' in this tenant" }
    $sku.SkuId
}

Connect-MgGraph -Scopes 'GroupMember.Read.All', 'GroupMember.ReadWrite.All', 'LicenseAssignment.Read.All', 'LicenseAssignment.ReadWrite.All', 'User-PasswordProfile.ReadWrite.All' -NoWelcome
Set-MgUserLicense -UserId $u -RemoveLicenses @('contoso:EXCHANGESTANDARD' | ForEach-Object { ConvertTo-GraphSkuId $_ }) -AddLicenses @()
Set-MgUserLicense -UserId $u -AddLicenses @('contoso:ENTERPRISEPACK', 'contoso:EMS' | ForEach-Object { @{SkuId = ConvertTo-GraphSkuId $_} }) -RemoveLicenses @()
Set-MgUserLicense -UserId $u -AddLicenses @("contoso:$sku" | ForEach-Object { @{SkuId = ConvertTo-GraphSkuId $_} }) -RemoveLicenses @('contoso:STANDARDPACK' | ForEach-Object { ConvertTo-GraphSkuId $_ })
Set-MgUserLicense -UserId $u -AddLicenses @(($skus) | ForEach-Object { @{SkuId = ConvertTo-GraphSkuId $_} }) -RemoveLicenses @($old | ForEach-Object { ConvertTo-GraphSkuId $_ })
Update-MgUser -UserId $u -PasswordProfile @{Password = 'Pa:ss1'; ForceChangePasswordNextSignIn = $true}
Get-MgGroup -Filter (('mailNickName eq ''{0}'' or (mail eq ''{0}'' or (displayName eq ''{0}'' or startsWith(displayName,''{0}'')))' -f ("$prefix-team" -replace "'", "''"))) | ForEach-Object { $_.DisplayName }
New-MgGroupMemberByRef -GroupId $g -OdataId "https://graph.microsoft.com/v1.0/directoryObjects/$($id)"
