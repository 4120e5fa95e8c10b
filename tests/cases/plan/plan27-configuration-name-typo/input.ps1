# Export-RetentionReport.ps1 - mailbox holds and retention policies, weekly
$cred = Get-Credential -Message "Compliance admin"

function Connect-ComplianceCenter {
    param([pscredential]$Credential)
    $scc = New-PSSession -ConfigurationName microsoft.exchange -ConnectionUri https://ps.compliance.protection.outlook.com/powershell-liveid/ -Credential $Credential -Authentication Basic -AllowRedirection
    Import-PSSession $scc -Prefix cc -AllowClobber | Out-Null
}

function Connect-ExchangeService {
    param([pscredential]$Credential)
    $exo = New-PSSession -ConfigurationName "Microsoft.Exchnage" -ConnectionUri https://outlook.office365.com/powershell-liveid/ -Credential $Credential -Authentication Basic -AllowRedirection
    Import-PSSession $exo -AllowClobber | Out-Null
}

Connect-ComplianceCenter -Credential $cred
Connect-ExchangeService -Credential $cred

Get-ccRetentionCompliancePolicy | Select-Object Name, Enabled, Mode | Export-Csv .\RetentionPolicies.csv -NoTypeInformation
Get-Mailbox -ResultSize Unlimited | Where-Object { $_.LitigationHoldEnabled } | Select-Object DisplayName, LitigationHoldDate | Export-Csv .\Holds.csv -NoTypeInformation
