$partnerAdmin = Get-Credential -Message "Partner administrator"
$s = New-PSSession -ConfigurationName Microsoft.Exchange -ConnectionUri "https://ps.outlook.com/powershell-liveid?DelegatedOrg=client.example" -Credential $partnerAdmin -Authentication Basic -AllowRedirection
Import-PSSession $s
Get-Mailbox -ResultSize 10 | Select-Object DisplayName
Remove-PSSession $s
