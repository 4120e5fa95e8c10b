# Moves the archive quota of one user after checking the on-premises mailbox.
$onlineAdmin = Get-Credential -UserName admin@contoso.onmicrosoft.com -Message "Microsoft 365 admin"
$onPremAdmin = Get-Credential -UserName CONTOSO\exadmin -Message "On-premises Exchange admin"
$identity = "jdoe"

Write-Host "Connecting to mail01.contoso.local as $($onPremAdmin.UserName)"
$local = New-PSSession -ConfigurationName Microsoft.Exchange -ConnectionUri http://mail01.contoso.local/PowerShell/ -Authentication Kerberos -Credential $onPremAdmin
Import-PSSession $local -DisableNameChecking
$remote = Get-RemoteMailbox -Identity $identity
Remove-PSSession $local

Write-Host Connecting to Exchange Online as $onlineAdmin.UserName -ForegroundColor Cyan
$cloud = New-PSSession -ConfigurationName Microsoft.Exchange -ConnectionUri https://outlook.office365.com/powershell-liveid/ -Credential $onlineAdmin -Authentication Basic -AllowRedirection
Import-PSSession $cloud
Set-Mailbox -Identity $remote.RemoteRoutingAddress -ArchiveQuota 100GB -ArchiveWarningQuota 90GB
Remove-PSSession $cloud
