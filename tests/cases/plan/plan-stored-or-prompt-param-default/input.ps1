# Clears a mailbox's forwarding; the scheduler passes -Mailbox, a person may
# run it without and is asked.
param([string]$Mailbox = (Read-Host "Mailbox to clear"))
if (Test-Path "$PSScriptRoot\exo.xml") { $svcCred = Import-Clixml "$PSScriptRoot\exo.xml" } else { $svcCred = Get-Credential }
$exo = New-PSSession -ConfigurationName Microsoft.Exchange -ConnectionUri https://outlook.office365.com/powershell-liveid/ -Credential $svcCred -Authentication Basic -AllowRedirection
Import-PSSession $exo | Out-Null
Set-Mailbox -Identity $Mailbox -ForwardingSmtpAddress $null -DeliverToMailboxAndForward $false
Remove-PSSession $exo
