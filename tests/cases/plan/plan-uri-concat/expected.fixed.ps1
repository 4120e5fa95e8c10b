$adminCredential = Get-Credential
$connectionUri = "https://outlook.office365.com/powershell-liveid?email=" + $adminCredential.UserName
Connect-ExchangeOnline -ShowBanner:$false
Get-Mailbox -ResultSize 10
