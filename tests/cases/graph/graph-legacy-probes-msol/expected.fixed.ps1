# Lists the unlicensed users of the tenant.
If (-not (Get-Command -Name Connect-MgGraph -ea 0)) {
    Write-Error "MSOnline is missing."
    return
}
Connect-MgGraph -Scopes 'User.Read.All' -NoWelcome
Get-MgUser -All -Property UserPrincipalName, DisplayName, AssignedLicenses, Id | Where-Object { $_.AssignedLicenses.Count -eq 0 } | Select-Object UserPrincipalName, DisplayName
