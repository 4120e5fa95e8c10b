# Weekly site and mailbox check for the Fabrikam tenant (run by hand).
Connect-SPOService https://fabrikam-admin.sharepoint.com/ -Credential Get-Credential
Get-SPOSite -Limit All | Select-Object Url, StorageUsageCurrent | Format-Table

$exo = New-PSSession -ConfigurationName Microsoft.Exchange -ConnectionUri https://outlook.office365.com/powershell-liveid/ -Credential "admin@fabrikam.onmicrosoft.com" -Authentication Basic -AllowRedirection
Import-PSSession $exo -AllowClobber | Out-Null
Get-Mailbox -ResultSize 50 | Select-Object DisplayName, PrimarySmtpAddress
Remove-PSSession $exo
