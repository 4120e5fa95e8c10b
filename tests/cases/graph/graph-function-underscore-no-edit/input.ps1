# A function called in the ForEach-Object reads the caller's $_ (dynamic scope): its reads
# of the user objects are not followed, so nothing is edited
function Get-UserInfo {
    $script:Name = $_.DisplayName
    $script:Skus = $_.Licenses.AccountSkuId
}
Connect-MsolService
Get-MsolUser -All | Where-Object { $_.IsLicensed } | ForEach-Object {
    Get-UserInfo
    Write-Output "$Name $Skus"
}
