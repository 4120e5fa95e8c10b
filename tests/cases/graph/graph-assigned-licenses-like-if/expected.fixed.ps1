# Enabled users missing a licence, tested with -notlike "*<SkuId>*" on the whole AzureAD licence list
# inside an if condition (a truth value): the test compares the SkuIds
param([string]$SkuId = "6fd2c87f-b296-42f0-b197-1e91e994b900")
Connect-MgGraph -Scopes 'User.Read.All' -NoWelcome
$missing = @()
foreach ($u in Get-MgUser -All -Property AssignedLicenses, AccountEnabled, UserPrincipalName, Id) {
    if (@($u.AssignedLicenses.SkuId) -notlike "*$SkuId*" -and $u.AccountEnabled) {
        $missing += $u.UserPrincipalName
    }
}
Write-Output "$($missing.Count) enabled users lack $SkuId"
$missing | Out-File .\missing.txt
