$secret = ConvertTo-SecureString 'NotARealPassword1' -AsPlainText -Force
$partner = New-Object System.Management.Automation.PSCredential ('helpdesk@partner.example', $secret)
$s = New-PSSession -ConfigurationName Microsoft.Exchange -ConnectionUri "https://ps.outlook.com/powershell-liveid?DelegatedOrg=client.example" -Credential $partner -Authentication Basic -AllowRedirection
Import-PSSession $s
Get-Mailbox -ResultSize 10 | Select-Object DisplayName, PrimarySmtpAddress
Remove-PSSession $s
