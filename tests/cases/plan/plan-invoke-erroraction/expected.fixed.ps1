Connect-ExchangeOnline -ShowBanner:$false
foreach ($us in Get-Content .\users.txt) {
    $u = & { Get-User $us -ErrorAction SilentlyContinue | Select-Object DistinguishedName }
    try {
        & { Remove-DistributionGroupMember -Identity 'Sales' -Member $u.DistinguishedName -Confirm:$false -ErrorAction Stop }
    }
    catch { Write-Warning "not removed: $us" }
}
Disconnect-ExchangeOnline -Confirm:$false
