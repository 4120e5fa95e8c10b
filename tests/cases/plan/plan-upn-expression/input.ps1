# The admin confirms an account the prompt suggests from an expression in parentheses: as
# -UserPrincipalName it keeps its parentheses, or PowerShell binds "+" and the suffix to other parameters
$usercredential = Get-Credential -Message "Confirm your Office 365 admin account" ("$env:username" + "@contoso.com")
$Session = New-PSSession -ConfigurationName Microsoft.Exchange -ConnectionUri https://outlook.office365.com/powershell-liveid/ -Credential $usercredential -Authentication Basic -AllowRedirection
Import-PSSession $Session
Set-Mailbox -Identity "shared@contoso.com" -ForwardingSmtpAddress "desk@contoso.com"
Remove-PSSession $Session
