# Hybrid: read the cloud mailboxes, then create remote mailboxes on premises.
# The script reuses $Session for the on-premises Exchange server.
$OnPremUri = Read-Host -Prompt 'URI of the on-premises Exchange server'
$CloudUpn = Read-Host -Prompt 'Exchange Online administrator'
$OnPremCred = Get-Credential -Message 'On-premises Exchange administrator'

Connect-ExchangeOnline -UserPrincipalName $CloudUpn -ShowBanner:$false | Out-Null
$cloud = Get-Mailbox -ResultSize Unlimited -Filter "UsageLocation -eq 'United Kingdom'"
Disconnect-ExchangeOnline -Confirm:$false

$Session = New-PSSession -ConfigurationName Microsoft.Exchange -ConnectionUri $OnPremUri -Credential $OnPremCred -Authentication Kerberos
Import-PSSession $Session -AllowClobber | Out-Null
foreach ($m in $cloud) {
    if (-not (Get-RemoteMailbox -Identity $m.UserPrincipalName -ErrorAction SilentlyContinue)) {
        Enable-RemoteMailbox -Identity $m.UserPrincipalName -RemoteRoutingAddress $m.PrimarySmtpAddress
    }
}
