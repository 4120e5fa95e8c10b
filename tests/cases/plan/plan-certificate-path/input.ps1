# Scheduled task: every service signs in with the same stored account.
$cred = Import-Clixml -Path "$PSScriptRoot\m365-automation.xml"
Connect-ExchangeOnline -Credential $cred -ShowBanner:$false
Connect-IPPSSession -Credential $cred
Connect-SPOService -Url https://contoso-admin.sharepoint.com -Credential $cred
Connect-PnPOnline -Url https://contoso.sharepoint.com/sites/it -Credentials $cred
Connect-MicrosoftTeams -Credential $cred
Connect-AzAccount -Credential $cred
Connect-MsolService -Credential $cred
Get-SPOSite -Identity https://contoso.sharepoint.com/sites/it | Select-Object Title, StorageUsageCurrent
Get-MsolUser -UserPrincipalName 'it@contoso.com' | Select-Object DisplayName, UsageLocation
Get-Mailbox -Identity 'it@contoso.com' | Select-Object PrimarySmtpAddress
Send-MailMessage -SmtpServer smtp.office365.com -Port 587 -UseSsl -Credential $cred -From 'automation@contoso.com' -To 'it@contoso.com' -Subject 'Runbook finished' -Body 'Done'
