$cred = Get-Credential -Message 'Exchange admin'
$groups = Get-Content .\groups.txt
foreach ($g in $groups) {
    $s = New-PSSession -ConfigurationName Microsoft.Exchange -ConnectionUri https://outlook.office365.com/powershell-liveid/ -Credential $cred -Authentication Basic -AllowRedirection
    Import-PSSession $s | Out-Null
    Get-DistributionGroupMember -Identity $g | Export-Csv ".\$g.csv" -NoTypeInformation
    Remove-PSSession $s
}
