# Called by a ticketing integration with the admin account and a mailbox.
[CmdletBinding()]
Param(
[Parameter(Mandatory=$True)]
[string]$AdminUser,

[Parameter(Mandatory=$True)]
[string]$AdminPass,

[Parameter(Mandatory=$True)]
[string]$Mailbox,

[string]$Note
)
$pw = ConvertTo-SecureString $AdminPass -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential ($AdminUser, $pw)
$s = New-PSSession -ConfigurationName Microsoft.Exchange -ConnectionUri https://outlook.office365.com/powershell-liveid/ -Credential $cred -Authentication Basic -AllowRedirection
Import-PSSession $s -CommandName Get-Mailbox | Out-Null
Get-Mailbox -Identity $Mailbox | Select-Object PrimarySmtpAddress
if ($Note) { Write-Output $Note }
Remove-PSSession $s
