# Sets an out-of-office reply for the mailbox the operator names.
$Mailbox = Read-Host "Mailbox to update"
$Message = Read-Host "Reply text"

$CredFile = "$PSScriptRoot\exo-admin.xml"
if (Test-Path $CredFile) {
    $AdminCred = Import-Clixml -Path $CredFile
}
else {
    $AdminCred = Get-Credential -Message "Exchange Online administrator"
    $AdminCred | Export-Clixml -Path $CredFile
}

$Exo = New-PSSession -ConfigurationName Microsoft.Exchange -ConnectionUri https://outlook.office365.com/powershell-liveid/ -Credential $AdminCred -Authentication Basic -AllowRedirection
Import-PSSession $Exo -CommandName Set-MailboxAutoReplyConfiguration | Out-Null
Set-MailboxAutoReplyConfiguration -Identity $Mailbox -AutoReplyState Enabled -InternalMessage $Message -ExternalMessage $Message
Remove-PSSession $Exo
