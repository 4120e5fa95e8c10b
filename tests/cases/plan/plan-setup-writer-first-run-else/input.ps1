# Nightly: copies the HR export into the SharePoint "Staff" list.
param()
$siteUrl = "https://contoso.sharepoint.com/sites/hr"

if (Test-Path -Path ".\Password.xml") {
    Write-Host "password file found"
} else {
    Write-Host "creating password file"
    $Credential = Get-Credential
    $Credential | Export-Clixml ".\Password.xml"
}
$Credential = $null
$Credential = Import-Clixml ".\Password.xml"

Connect-PnPOnline -Url $siteUrl -Credentials $Credential
foreach ($row in Import-Csv "\\fs01\hr\staff.csv") {
    Add-PnPListItem -List "Staff" -Values @{ Title = $row.Name; Department = $row.Department } | Out-Null
}
Disconnect-PnPOnline
