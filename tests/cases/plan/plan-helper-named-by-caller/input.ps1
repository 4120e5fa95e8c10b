# Shared start-up for the tenant scripts: signs in to Exchange Online and
# MSOnline, then records who has a licence.
$tenantAdmin = Get-Credential -Message "Tenant admin"
$exoSession = New-PSSession -ConfigurationName Microsoft.Exchange -ConnectionUri https://outlook.office365.com/powershell-liveid/ -Credential $tenantAdmin -Authentication Basic -AllowRedirection
Import-PSSession $exoSession -AllowClobber | Out-Null
Connect-MsolService -Credential $tenantAdmin
Get-MsolUser -All | Where-Object { $_.IsLicensed } | Select-Object UserPrincipalName | Export-Csv .\licensed.csv -NoTypeInformation
