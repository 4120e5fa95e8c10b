# Shows a user's licences (run by the helpdesk)
param([Parameter(Mandatory)] [string]$UserPrincipalName)

Connect-MgGraph -Scopes 'User.Read.All' -NoWelcome
$u = Get-MgUser -UserId $UserPrincipalName -Property Id
Get-MgUserLicenseDetail -UserId $u.Id | ForEach-Object { $_.SkuPartNumber }
