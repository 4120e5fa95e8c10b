# Litigation hold report
$credential = Get-Credential -Message "Tenant admin credential"
$adminUserName = $credential.UserName
Write-Host "Connecting as $adminUserName"
Connect-ExchangeOnline -UserPrincipalName $credential.UserName -ShowBanner:$false
Get-Mailbox -ResultSize Unlimited | Where-Object { $_.LitigationHoldEnabled } | Select-Object DisplayName
Disconnect-ExchangeOnline -Confirm:$false
