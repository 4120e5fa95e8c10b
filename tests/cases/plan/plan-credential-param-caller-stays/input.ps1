# Disables POP and IMAP on new mailboxes; Start-Hardening.ps1 runs it with its service credential.
param(
    [System.Management.Automation.PSCredential]$Credential,
    [int]$Days = 1
)
Connect-ExchangeOnline -Credential $Credential -ShowBanner:$false
$since = (Get-Date).AddDays(-$Days)
Get-EXOMailbox -ResultSize Unlimited -Filter "WhenCreated -gt '$since'" | ForEach-Object {
    Set-CASMailbox -Identity $_.UserPrincipalName -PopEnabled $false -ImapEnabled $false
}
Disconnect-ExchangeOnline -Confirm:$false
