$UserName = "admin@contoso.onmicrosoft.com"
$secpw = ConvertTo-SecureString -String "Spring2024!" -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential ($UserName, $secpw)
$sites = Import-Csv .\sites.csv
foreach ($s in $sites) {
    # each site of the tenant
    Connect-PnPOnline -Url $s.Url -Credentials $cred
    Get-PnPWeb | Select-Object Title, LastItemModifiedDate
}
