Import-Module Microsoft.Exchange.Management.ExoPowershellModule -ErrorAction Stop
$upn = Read-Host -Prompt "Your admin UPN"
$session = New-EXOPSSession -UserPrincipalName $upn
Import-PSSession $session
Get-Mailbox -ResultSize Unlimited | Select-Object Name, ForwardingSmtpAddress
