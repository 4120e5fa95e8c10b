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

$session = New-PSSession -ConfigurationName Microsoft.Exchange -ConnectionUri https://outlook.office365.com/powershell-liveid/ -Credential $AdminCredential -Authentication Basic -AllowRedirection
Import-PSSession $session -DisableNameChecking | Out-Null

Get-Mailbox -RecipientTypeDetails SharedMailbox -ResultSize Unlimited |
    Get-MailboxPermission | Where-Object { $_.AccessRights -contains "FullAccess" -and -not $_.IsInherited } |
    Select-Object Identity, User | Export-Csv -Path $OutFile -NoTypeInformation

Remove-PSSession $session
