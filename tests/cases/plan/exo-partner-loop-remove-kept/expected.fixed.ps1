$tenants = Import-Csv .\tenants.csv
foreach ($t in $tenants) {
    Connect-ExchangeOnline -DelegatedOrganization $t.Domain -ShowBanner:$false | Out-Null
    Get-TransportRule | Select-Object Name, State | Export-Csv ".\rules-$($t.Domain).csv" -NoTypeInformation
    Disconnect-ExchangeOnline -Confirm:$false
}
