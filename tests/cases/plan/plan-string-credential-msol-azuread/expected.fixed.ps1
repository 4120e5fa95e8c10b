<#
.SYNOPSIS
    Lists unlicensed users and their managers.
.PARAMETER GlobalAdmin
    The admin account you sign in with.
#>
param(
    [Parameter(Mandatory)]
    [String]$GlobalAdmin
)

Connect-MgGraph -Scopes 'User.Read.All' -NoWelcome

foreach ($u in Get-MgUser -All -Property Id, UserPrincipalName, AssignedLicenses | Where-Object { $_.AssignedLicenses.Count -eq 0 }) {
    $mgr = Get-MgUserManager -UserId $u.Id
    "{0};{1}" -f $u.UserPrincipalName, $mgr.AdditionalProperties.userPrincipalName
}
