$groups = Get-Content .\groups.txt
Connect-ExchangeOnline -ShowBanner:$false | Out-Null
foreach ($g in $groups) {
    Get-DistributionGroupMember -Identity $g | Export-Csv ".\$g.csv" -NoTypeInformation
}
Disconnect-ExchangeOnline -Confirm:$false
