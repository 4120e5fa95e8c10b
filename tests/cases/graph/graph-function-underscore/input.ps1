# A function called in the ForEach-Object that does not read $_: the loop's own reads are followed
function Write-Log([string]$Text) {
    Add-Content -Path .\run.log -Value $Text
}
Connect-MsolService
Get-MsolUser -All | Where-Object { $_.IsLicensed } | ForEach-Object {
    Write-Log $_.UserPrincipalName
    Write-Output $_.DisplayName
}
