# Security & Compliance session, then the EXO V1 module, PnP and Az
$cred = Get-Credential
$scc = New-PSSession -ConfigurationName Microsoft.Exchange -ConnectionUri https://ps.compliance.protection.outlook.com/powershell-liveid/ -Credential $cred -Authentication Basic -AllowRedirection
Import-PSSession $scc -Prefix cc -AllowClobber
Get-ccComplianceSearch | Format-Table Name, Status
Remove-PSSession $scc

Connect-EXOPSSession -UserPrincipalName admin@contoso.com

$pnpCred = Get-Credential
Connect-PnPOnline -Url https://contoso.sharepoint.com/sites/hr -Credentials $pnpCred
Get-PnPList

$azCred = Get-Credential
Connect-AzAccount -Credential $azCred
Get-AzSubscription
