. "$PSScriptRoot\common.ps1"
$sec = ConvertTo-SecureString $AdminPassword -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential($AdminUser, $sec)
Connect-ExchangeOnline -Credential $cred
Invoke-RestMethod -Uri https://outlook.office365.com/EWS/Exchange.asmx -Headers $Headers
