# TODO(psauth): app-only, certificate-based sign-in for the rewritten connections.
# Fill in your Entra ID app registration and its certificate; the placeholders
# fail until then. Grant the app (application permissions, admin consent):
#   Exchange Online: Exchange.ManageAsApp (Office 365 Exchange Online) + an Entra role such as Exchange Administrator
#   Microsoft Graph: LicenseAssignment.Read.All, LicenseAssignment.ReadWrite.All
$AppId = '<app-id>'
$Organization = '<tenant>.onmicrosoft.com'
$CertificateThumbprint = '<certificate-thumbprint>'

# psauth: Set-MgUserLicense takes SKU ids; this reads the tenant's SKUs once (Get-MgSubscribedSku)
# and turns an MSOnline AccountSkuId ('tenant:SKUPARTNUMBER') or a part number into the id.
function ConvertTo-GraphSkuId([string]$AccountSkuId) {
    if (-not $script:GraphSubscribedSkus) { $script:GraphSubscribedSkus = Get-MgSubscribedSku -All }
    $part = $AccountSkuId.Split(':')[-1]
    $sku = $script:GraphSubscribedSkus | Where-Object SkuPartNumber -eq $part
    if (-not $sku) { throw "No subscribed SKU '$part' in this tenant" }
    $sku.SkuId
}

# Nightly leaver job: hides each leaver's mailbox and removes their licenses.
Import-Module Microsoft.Graph.Authentication, Microsoft.Graph.Identity.DirectoryManagement, Microsoft.Graph.Users.Actions
$leavers = Import-Csv -Path "$PSScriptRoot\leavers.csv"

Connect-ExchangeOnline -CertificateThumbprint $CertificateThumbprint -AppId $AppId -Organization $Organization -ShowBanner:$false | Out-Null
Connect-MgGraph -CertificateThumbprint $CertificateThumbprint -ClientId $AppId -TenantId $Organization -NoWelcome
# Process every leaver from the HR export
foreach ($leaver in $leavers) {
    if ($leaver.Processed -ne 'Yes') {
        Set-Mailbox -Identity $leaver.UserPrincipalName -HiddenFromAddressListsEnabled $true
        Set-MgUserLicense -UserId $leaver.UserPrincipalName -RemoveLicenses @($leaver.Sku | ForEach-Object { ConvertTo-GraphSkuId $_ }) -AddLicenses @()

        Write-Output "Processed $($leaver.UserPrincipalName)"
    }
}
Disconnect-ExchangeOnline -Confirm:$false
