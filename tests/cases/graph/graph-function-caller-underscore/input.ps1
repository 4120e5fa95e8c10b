# A function called in ForEach-Object blocks reads the caller's $_ (dynamic scope): every call
# site hands it Get-MsolUser's objects, so its reads are the calls' reads and are edited with them
function Get_UserInfo {
    $global:DisplayName = $_.DisplayName
    $global:UPN = $_.UserPrincipalName
    $SigninStatus = $_.BlockCredential
    if ($SigninStatus -eq $false) { $global:SigninStatus = "Enabled" } else { $global:SigninStatus = "Disabled" }
    $global:JobTitle = $_.Title
    $global:Id = $_.ObjectId
    # its own pipeline's $_ is not the caller's
    $global:Upper = @($_.ProxyAddresses) | ForEach-Object { $_.ToUpper() }
    try { Get-Item .\missing -ErrorAction Stop } catch { Write-Warning $_.Exception.Message }
}
Connect-MsolService
Get-MsolUser -All | Where-Object { $_.IsLicensed -eq $true } | ForEach-Object {
    Get_UserInfo
    "$DisplayName,$UPN,$SigninStatus,$JobTitle,$Id" | Out-File .\report.csv -Append
}
Get-MsolUser -All -EnabledFilter DisabledOnly | ForEach-Object {
    Get_UserInfo
    "$DisplayName,$UPN" | Out-File .\disabled.csv -Append
}
