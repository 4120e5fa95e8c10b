$adminCredential = Get-Credential
$connectionUri = "https://outlook.office365.com/powershell-liveid?email=" + $adminCredential.UserName
$ExoSession = New-PSSession -ConfigurationName Microsoft.Exchange -ConnectionUri $connectionUri -Credential $adminCredential -Authentication Basic -AllowRedirection
Import-PSSession $ExoSession
Get-Mailbox -ResultSize 10
