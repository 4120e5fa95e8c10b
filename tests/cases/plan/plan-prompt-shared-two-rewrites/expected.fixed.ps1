# Mailbox and licence check for a new starter
$UserUpn = Read-Host -Prompt "Enter your Office 365 admin user name (UPN)"
Connect-ExchangeOnline -UserPrincipalName $UserUpn -ShowBanner:$false
Connect-MgGraph -Scopes 'User.Read.All' -NoWelcome
Write-Host "Signed in as $($UserUpn)"

$Upn = Read-Host -Prompt "New starter UPN"
Get-EXOMailbox -Identity $Upn | Select-Object DisplayName, PrimarySmtpAddress
Get-MgUser -UserId $Upn -Property DisplayName, AssignedLicenses, Id | Select-Object 'DisplayName', @{Name = 'IsLicensed'; Expression = {($_.AssignedLicenses.Count -gt 0)}}
Disconnect-ExchangeOnline -Confirm:$false
