Import-Module ExchangeOnlineManagement -ErrorAction Stop
$upn = Read-Host -Prompt "Your admin UPN"
Connect-ExchangeOnline -UserPrincipalName $upn -ShowBanner:$false
Get-EXOMailbox -ResultSize Unlimited -Properties ForwardingSmtpAddress | Select-Object Name, ForwardingSmtpAddress
