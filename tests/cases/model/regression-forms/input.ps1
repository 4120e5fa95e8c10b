# Forms found while reviewing the rules: each line used to be missed or mislabelled.
winrm set winrm/config/client/auth '@{Basic="true"}'
$s = New-PSSession -ConfigurationName Microsoft.Exchange -ConnectionUri http://ex01.contoso.local/PowerShell/ -Authentication Basic
Remove-PSSession $s
$ApiKey = 'k-1234567890'
$k = [Environment]::GetEnvironmentVariable('APP_SECRET')
Connect-PnPOnline -Url https://contoso.sharepoint.com -ClientId $id -ClientSecret $k
$nc = [System.Net.NetworkCredential]::new('svc', (Get-Content C:\pw.txt))
. "$PSScriptRoot\CreateExoPSSession.ps1"
$key = 1..16
$sec = Get-Content C:\aes.txt | ConvertTo-SecureString -Key $key
$empty = ConvertTo-SecureString '' -AsPlainText -Force
Connect-ExchangeOnline -CertificateThumbprint $t -AppId $a -Organization contoso.onmicrosoft.com
Get-Mailbox -ResultSize Unlimited | Select-Object DisplayName, PrimarySmtpAddress, ForwardingSmtpAddress
