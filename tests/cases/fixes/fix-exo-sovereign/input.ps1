$c = Import-Clixml C:\Secure\gov-admin.xml
$s = New-PSSession -ConfigurationName Microsoft.Exchange -ConnectionUri "https://outlook.office365.us/powershell-liveid/" -Credential $c -Authentication Basic -AllowRedirection
Import-PSSession $s
