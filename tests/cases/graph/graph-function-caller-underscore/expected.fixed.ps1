# A function called in ForEach-Object blocks reads the caller's $_ (dynamic scope): every call
# site hands it Get-MsolUser's objects, so its reads are the calls' reads and are edited with them
function Get_UserInfo {
    $global:DisplayName = $_.DisplayName
    $global:UPN = $_.UserPrincipalName
    $SigninStatus = (-not $_.AccountEnabled)
    if ($SigninStatus -eq $false) { $global:SigninStatus = "Enabled" } else { $global:SigninStatus = "Disabled" }
    $global:JobTitle = $_.JobTitle
    $global:Id = $_.Id
    # its own pipeline's $_ is not the caller's
    $global:Upper = @($_.ProxyAddresses) | ForEach-Object { $_.ToUpper() }
    try { Get-Item .\missing -ErrorAction Stop } catch { Write-Warning $_.Exception.Message }
}
Connect-MgGraph -Scopes 'User.Read.All' -NoWelcome
Get-MgUser -All -Property DisplayName, UserPrincipalName, AccountEnabled, JobTitle, Id, ProxyAddresses, AssignedLicenses | Where-Object { ($_.AssignedLicenses.Count -gt 0) -eq $true } | ForEach-Object {
    Get_UserInfo
    "$DisplayName,$UPN,$SigninStatus,$JobTitle,$Id" | Out-File .\report.csv -Append
}
Get-MgUser -All -Filter 'accountEnabled eq false' -Property DisplayName, UserPrincipalName, AccountEnabled, JobTitle, Id, ProxyAddresses | ForEach-Object {
    Get_UserInfo
    "$DisplayName,$UPN" | Out-File .\disabled.csv -Append
}
