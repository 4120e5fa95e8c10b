<#
.SYNOPSIS
    Turns on a user's automatic replies.
.EXAMPLE
    .\Set-AutoReply.ps1 -Credential (Get-Credential) -Identity jdoe -Message "Out of office until Monday"
#>
param(
    [Parameter(Mandatory = $true)]
    [System.Management.Automation.PSCredential]$Credential,
    [Parameter(Mandatory = $true)]
    [string]$Identity,
    [string]$Message = "I am out of the office."
)

$Session = New-PSSession -ConfigurationName Microsoft.Exchange -ConnectionUri "https://outlook.office365.com/powershell-liveid/" -Credential $Credential -Authentication Basic -AllowRedirection
Import-PSSession $Session -CommandName Get-Mailbox, Set-MailboxAutoReplyConfiguration | Out-Null

$mbx = Get-Mailbox -Identity $Identity
Set-MailboxAutoReplyConfiguration -Identity $mbx.Identity -AutoReplyState Enabled -InternalMessage $Message -ExternalMessage $Message
Remove-PSSession $Session
