# Get-MsolUser -u: a prefix of -UnlicensedUsersOnly, -UsageLocation and -UserPrincipalName, which PowerShell refuses as ambiguous: nothing is edited
Connect-MsolService
$upn = "adele@contoso.com"
$u = Get-MsolUser -u $upn
Write-Output $u.DisplayName
