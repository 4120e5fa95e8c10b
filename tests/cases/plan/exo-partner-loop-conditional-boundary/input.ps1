$cred = Get-Credential
foreach ($t in (Import-Csv .\tenants.csv)) {
    if ($t.Exchange -eq 'yes') {
        $s = New-PSSession -ConfigurationName Microsoft.Exchange -ConnectionUri ("https://outlook.office365.com/powershell-liveid?DelegatedOrg=" + $t.Domain) -Credential $cred -Authentication Basic -AllowRedirection
        Import-PSSession $s -AllowClobber | Out-Null
    }
    Get-AcceptedDomain | Select-Object DomainName
}
