# Loaded from the PowerShell profile: . $functions\fn_domains.ps1
Function Get-TenantDomains {
    $domains = Get-MsolDomain
    $default = ($domains | Where-Object { $_.IsDefault }).Name
    $initial = ($domains | Where-Object { $_.IsInitial }).Name
    Write-Host "Default domain: $default"
    Write-Host "Initial domain: $initial"
}

Function Get-UnlicensedUsers {
    Get-MsolUser -All -UnlicensedUsersOnly | Select-Object UserPrincipalName, DisplayName
}
