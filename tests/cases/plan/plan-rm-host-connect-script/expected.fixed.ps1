<#
  .Synopsis
    Sets a forwarding address on one mailbox

  .Description
    Uses Connect-O365.ps1 to connect to Office 365 first.
#>
param(
    [Parameter(Mandatory = $true)][string]$Mailbox,
    [Parameter(Mandatory = $true)][string]$ForwardTo
)

C:\Scripts\Functions\Connect-O365.ps1

Set-Mailbox -Identity $Mailbox -ForwardingSmtpAddress $ForwardTo -DeliverToMailboxAndForward $true
Get-Mailbox -Identity $Mailbox | Format-List DisplayName, ForwardingSmtpAddress, DeliverToMailboxAndForward

# Remove session when done.
Disconnect-ExchangeOnline -Confirm:$false
