<#
.SYNOPSIS
    Turns on automatic replies for leavers; run nightly by Run-Leavers.ps1.
.EXAMPLE
    .\Set-AutoReply.ps1 -Credential $svcCred -Identity jdoe -Message "Out of office until Monday"
    The wrapper loads $svcCred from its vault and passes it in.
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
