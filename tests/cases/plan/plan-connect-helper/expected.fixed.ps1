# Connects this console to every service; the SDS scripts run next.
Import-Module MSOnline
$cred = Get-Credential
Connect-ExchangeOnline -UserPrincipalName $cred.UserName -ShowBanner:$false
Connect-MsolService -Credential $cred
Connect-AzureAD -Credential $cred
. .\Sync-Students.ps1
