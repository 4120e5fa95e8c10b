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

Connect-MsolService -Credential $GlobalAdmin
Connect-AzureAD -Credential $GlobalAdmin

foreach ($u in Get-MsolUser -All -UnlicensedUsersOnly) {
    $mgr = Get-AzureADUserManager -ObjectId $u.ObjectId
    "{0};{1}" -f $u.UserPrincipalName, $mgr.UserPrincipalName
}
