foreach ($t in (Import-Csv .\tenants.csv)) {
    if ($t.Exchange -eq 'yes') {
        Connect-ExchangeOnline -DelegatedOrganization $t.Domain -ShowBanner:$false | Out-Null
    }
    Get-AcceptedDomain | Select-Object DomainName
}
