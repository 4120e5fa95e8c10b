$cred = Get-Credential
Invoke-Command -ConnectionUri "https://mail.contoso.com/PowerShell/" -ConfigurationName Microsoft.Exchange -Credential $cred -Authentication Basic -ScriptBlock { Get-ExchangeServer | Select-Object Name, AdminDisplayVersion }
