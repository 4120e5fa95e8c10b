# A function called in the ForEach-Object that does not read $_: the loop's own reads are followed
function Write-Log([string]$Text) {
    Add-Content -Path .\run.log -Value $Text
}
Connect-MgGraph -Scopes 'User.Read.All' -NoWelcome
Get-MgUser -All -Property AssignedLicenses, UserPrincipalName, DisplayName, Id | Where-Object { ($_.AssignedLicenses.Count -gt 0) } | ForEach-Object {
    Write-Log $_.UserPrincipalName
    Write-Output $_.DisplayName
}
