# Moves the archive quota of one user after checking the on-premises mailbox.
$onlineAdminUpn = Read-Host -Prompt "Microsoft 365 admin"
$onPremAdmin = Get-Credential -UserName CONTOSO\exadmin -Message "On-premises Exchange admin"
$identity = "jdoe"

Write-Host "Connecting to mail01.contoso.local as $($onPremAdmin.UserName)"
$local = New-PSSession -ConfigurationName Microsoft.Exchange -ConnectionUri http://mail01.contoso.local/PowerShell/ -Authentication Kerberos -Credential $onPremAdmin
Import-PSSession $local -DisableNameChecking
$remote = Get-RemoteMailbox -Identity $identity
Remove-PSSession $local

Write-Host Connecting to Exchange Online as $onlineAdminUpn -ForegroundColor Cyan
Connect-ExchangeOnline -UserPrincipalName $onlineAdminUpn -ShowBanner:$false
Set-Mailbox -Identity $remote.RemoteRoutingAddress -ArchiveQuota 100GB -ArchiveWarningQuota 90GB
Disconnect-ExchangeOnline -Confirm:$false
