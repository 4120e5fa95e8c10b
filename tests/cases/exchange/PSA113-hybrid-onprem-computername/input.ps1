# Hybrid report: remote mailboxes on premises, mailboxes in Exchange Online
param([string]$Server = "mail01.corp.fabrikam.com")
$existing = Get-PSSession | Where-Object { $_.ConfigurationName -eq "Microsoft.Exchange" -and $_.ComputerName -like "*.corp.fabrikam.com" }
if (-not $existing) {
    $s = New-PSSession -ConfigurationName Microsoft.Exchange -ConnectionUri "http://$Server/PowerShell/" -Authentication Kerberos
    Import-PSSession $s -DisableNameChecking -Prefix OnPrem | Out-Null
}
$remote = Get-OnPremRemoteMailbox -ResultSize Unlimited
Connect-ExchangeOnline -ShowBanner:$false
$cloud = Get-EXOMailbox -ResultSize Unlimited
"{0} remote mailboxes on premises, {1} in Exchange Online" -f $remote.Count, $cloud.Count
