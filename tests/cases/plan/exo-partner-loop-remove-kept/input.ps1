$cred = Get-Credential
$tenants = Import-Csv .\tenants.csv
foreach ($t in $tenants) {
    $s = New-PSSession -ConfigurationName Microsoft.Exchange -ConnectionUri ("https://outlook.office365.com/powershell-liveid?DelegatedOrg=" + $t.Domain) -Credential $cred -Authentication Basic -AllowRedirection
    Import-PSSession $s -AllowClobber | Out-Null
    Get-TransportRule | Select-Object Name, State | Export-Csv ".\rules-$($t.Domain).csv" -NoTypeInformation
    Remove-PSSession $s
}
