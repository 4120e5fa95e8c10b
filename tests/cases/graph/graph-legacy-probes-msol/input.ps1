# Lists the unlicensed users of the tenant.
If (-not (Get-Command -Name Connect-MsolService -ea 0)) {
    Write-Error "MSOnline is missing."
    return
}
Connect-MsolService
Get-MsolUser -UnlicensedUsersOnly -All | Select-Object UserPrincipalName, DisplayName
