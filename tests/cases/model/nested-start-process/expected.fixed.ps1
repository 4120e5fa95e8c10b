# Exchange work run in a separate PowerShell process: the commands are in
# strings, and psauth reads them as the nested scripts they are.
$cred = Get-Credential
Start-Process powershell.exe -Wait -ArgumentList '-NoProfile', '-Command', 'New-PSSession -ConfigurationName Microsoft.Exchange -ConnectionUri https://outlook.office365.com/powershell-liveid/ -Authentication Basic -Credential (Import-Clixml C:\cred.xml)'
pwsh -NoProfile -Command "Connect-ExchangeOnline -Credential `$c -ShowBanner:`$false; Get-EXOMailbox -ResultSize 10"
Invoke-Expression 'Connect-MsolService -Credential $cred'
Connect-ExchangeOnline -UserPrincipalName $cred.UserName
