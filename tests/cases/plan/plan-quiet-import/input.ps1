# Starts an eDiscovery hold check; the calling service parses stdout as JSON.
param([string]$Keyword)
$AppCred = Get-AutomationPSCredential -Name 'ComplianceAdmin'
$cc = New-PSSession -ConfigurationName Microsoft.Exchange -ConnectionUri https://ps.compliance.protection.outlook.com/powershell-liveid/ -Credential $AppCred -Authentication Basic -AllowRedirection
Import-PSSession $cc -CommandName Get-ComplianceSearch -AllowClobber -Verbose:$false | Out-Null
Get-ComplianceSearch | Where-Object { $_.ContentMatchQuery -like "*$Keyword*" } | Select-Object Name, Status | ConvertTo-Json
Remove-PSSession $cc
