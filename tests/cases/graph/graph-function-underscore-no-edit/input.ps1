# A function called in the ForEach-Object reads the caller's $_ (dynamic scope); it is also
# called over CSV rows, so its reads would see two shapes of object: nothing is edited
function Get-UserInfo {
    $script:Name = $_.DisplayName
    $script:Id = $_.ObjectId
}
Connect-MsolService
Get-MsolUser -All | Where-Object { $_.IsLicensed } | ForEach-Object {
    Get-UserInfo
    Write-Output "$Name $Id"
}
Import-Csv .\leavers.csv | ForEach-Object {
    Get-UserInfo
    Write-Output "left: $Name"
}
