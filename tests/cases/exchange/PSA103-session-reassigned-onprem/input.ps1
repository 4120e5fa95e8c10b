# Hybrid move: read the cloud mailboxes, then create remote mailboxes on premises.
$OnPremServer = Read-Host -Prompt "Exchange server URI (http://exch01.contoso.local/PowerShell/)"
$CloudCred = Get-Credential -Message "Microsoft 365 administrator"
$LocalCred = Get-Credential -Message "On-premises Exchange administrator"

$Session = New-PSSession -ConfigurationName Microsoft.Exchange -ConnectionUri https://outlook.office365.com/powershell-liveid/ -Credential $CloudCred -Authentication Basic -AllowRedirection
Import-PSSession $Session -AllowClobber

$cloud = Get-Mailbox -ResultSize Unlimited | Where-Object { $_.CustomAttribute1 -eq 'Hybrid' }
Get-PSSession | Remove-PSSession

$Session = New-PSSession -ConfigurationName Microsoft.Exchange -ConnectionUri $OnPremServer -Credential $LocalCred -Authentication Kerberos
Import-PSSession $Session -AllowClobber

foreach ($mbx in $cloud) {
    if (-not (Get-RemoteMailbox -Identity $mbx.Alias -ErrorAction SilentlyContinue)) {
        Enable-RemoteMailbox -Identity $mbx.Alias -RemoteRoutingAddress "$($mbx.Alias)@contoso.mail.onmicrosoft.com"
    }
}
