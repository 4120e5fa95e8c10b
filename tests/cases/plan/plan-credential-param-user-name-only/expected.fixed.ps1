<#
.SYNOPSIS
    Lists the shared mailboxes and who has Full Access to them.
.PARAMETER AdminCredential
    Your Exchange Online administrator account.
#>
param(
    [Parameter(Mandatory = $true, HelpMessage = "Exchange Online administrator")]
    [System.Management.Automation.PSCredential]$AdminCredential,
    [string]$OutFile = ".\shared-mailbox-access.csv"
)

Connect-ExchangeOnline -UserPrincipalName $AdminCredential.UserName -ShowBanner:$false | Out-Null

Get-Mailbox -RecipientTypeDetails SharedMailbox -ResultSize Unlimited |
    Get-MailboxPermission | Where-Object { $_.AccessRights -contains "FullAccess" -and -not $_.IsInherited } |
    Select-Object Identity, User | Export-Csv -Path $OutFile -NoTypeInformation

Disconnect-ExchangeOnline -Confirm:$false
