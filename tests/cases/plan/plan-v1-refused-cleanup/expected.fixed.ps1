# Opens an EXO V1 session through a proxy and closes it again after the report.
param([System.Management.Automation.PSCredential]$Credential = (Get-Credential))

$proxy = New-PSSessionOption -ProxyAccessType IEConfig
$session = New-ExoPSSession -UserPrincipalName $Credential.UserName -PSSessionOption $proxy -Credential $Credential
Import-PSSession $session -AllowClobber | Out-Null

Get-Mailbox -ResultSize 50 | Select-Object DisplayName, PrimarySmtpAddress

Get-PSSession -Id $session.Id | Remove-PSSession
