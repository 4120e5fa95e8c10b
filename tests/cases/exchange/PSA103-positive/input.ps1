$cred = Get-Credential
$Session = New-PSSession -ConfigurationName Microsoft.Exchange -ConnectionUri https://outlook.office365.com/powershell-liveid/ -Credential $cred -Authentication Basic -AllowRedirection

# alias, the session through a second variable
$exo = $Session
ipsn $exo -Prefix Cloud -CommandName Get-Mailbox, Set-Mailbox

Invoke-Command -Session $Session -ScriptBlock { Get-Mailbox -ResultSize 10 }
Enter-PSSession -Session $Session
Remove-PSSession -Session $Session
