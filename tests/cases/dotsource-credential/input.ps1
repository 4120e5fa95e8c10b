. "$PSScriptRoot\common.ps1"
$sec = ConvertTo-SecureString $AdminPassword -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential($AdminUser, $sec)
Connect-ExchangeOnline -Credential $cred
