# Litigation hold report
$AdminUpn = Read-Host -Prompt "Tenant admin user name (UPN)"
$adminUserName = $AdminUpn
Write-Host "Connecting as $adminUserName"
Connect-ExchangeOnline -UserPrincipalName $AdminUpn -ShowBanner:$false
Get-Mailbox -ResultSize Unlimited | Where-Object { $_.LitigationHoldEnabled } | Select-Object DisplayName
Disconnect-ExchangeOnline -Confirm:$false
