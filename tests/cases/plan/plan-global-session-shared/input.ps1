# Opens the Exchange Online session for the other scripts of this folder;
# a companion script closes it with Remove-PSSession $global:Session.
$UserCredential = Get-Credential
$global:Session = New-PSSession -ConfigurationName Microsoft.Exchange -ConnectionUri https://outlook.office365.com/powershell-liveid/ -Credential $UserCredential -Authentication Basic -AllowRedirection
Import-PSSession $Session
