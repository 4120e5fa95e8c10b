# Nightly: copies the HR export into the SharePoint "Staff" list.
param()
# TODO(psauth): app-only, certificate-based sign-in for the rewritten connections.
# Fill in your Entra ID app registration and its certificate; the placeholders
# fail until then. Grant the app (application permissions, admin consent):
#   SharePoint (PnP): Sites.FullControl.All (SharePoint)
$AppId = '<app-id>'
$Organization = '<tenant>.onmicrosoft.com'
$CertificateThumbprint = '<certificate-thumbprint>'

$siteUrl = "https://contoso.sharepoint.com/sites/hr"

if (Test-Path -Path ".\Password.xml") {
    Write-Host "password file found"
} else {
    New-Item -ItemType Directory -Path ".\logs" -Force | Out-Null
    $Credential = Get-Credential
    $Credential | Export-Clixml ".\Password.xml"
}
$Credential = $null
$Credential = Import-Clixml ".\Password.xml"

Connect-PnPOnline -Url $siteUrl -Thumbprint $CertificateThumbprint -ClientId $AppId -Tenant $Organization
foreach ($row in Import-Csv "\\fs01\hr\staff.csv") {
    Add-PnPListItem -List "Staff" -Values @{ Title = $row.Name; Department = $row.Department } | Out-Null
}
Disconnect-PnPOnline
