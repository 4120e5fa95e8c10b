# Litigation hold report for the tenant
$AdminUpn = Read-Host -Prompt "Exchange Online admin (the report names who ran it)"

Connect-ExchangeOnline -UserPrincipalName $AdminUpn -ShowBanner:$false

$rows = Get-EXOMailbox -ResultSize Unlimited -Properties LitigationHoldEnabled | Select-Object DisplayName, LitigationHoldEnabled
$rows | Export-Csv -Path ".\hold-$($AdminUpn).csv" -NoTypeInformation
Write-Host "Report run by $($AdminUpn)"
Disconnect-ExchangeOnline -Confirm:$false
