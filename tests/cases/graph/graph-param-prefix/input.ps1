# Get-MsolUser -user: PowerShell binds the unambiguous prefix to -UserPrincipalName, which becomes -UserId
Connect-MsolService
$upn = "adele@contoso.com"
$u = Get-MsolUser -user $upn
Write-Output $u.DisplayName
