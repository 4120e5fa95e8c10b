# Removes a reported phishing mail from every mailbox (run by the SOC job).
$User = "soc-automation@contoso.onmicrosoft.com"
$Password = Get-Content "C:\SOC\scc.txt" | ConvertTo-SecureString
$Credential = New-Object System.Management.Automation.PSCredential ($User, $Password)
$Session = New-PSSession -ConfigurationName Microsoft.Exchange -ConnectionUri https://ps.compliance.protection.outlook.com/powershell-liveid/ -Credential $Credential -Authentication Basic -AllowRedirection
Import-PSSession $Session -AllowClobber -DisableNameChecking

New-ComplianceSearch -Name "PhishingMail" -ExchangeLocation All -ContentMatchQuery 'subject:"Invoice overdue"'
Start-ComplianceSearch -Identity "PhishingMail"
New-ComplianceSearchAction -SearchName "PhishingMail" -Purge -PurgeType SoftDelete -Confirm:$false

Remove-PSSession $Session
