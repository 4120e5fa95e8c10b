# Mailbox report for the service desk
$AdminUpn = Read-Host -Prompt "Please enter your Office 365 user name (UPN)"
$Admin = $AdminUpn
Write-Output "Report requested by $Admin"

Connect-ExchangeOnline -UserPrincipalName $AdminUpn -ShowBanner:$false | Out-Null

Get-Mailbox -ResultSize Unlimited | Where-Object { $_.RecipientTypeDetails -eq 'UserMailbox' } |
    Select-Object DisplayName, UserPrincipalName |
    Export-Csv -Path ".\Mailboxes-$Admin.csv" -NoTypeInformation

Disconnect-ExchangeOnline -Confirm:$false
