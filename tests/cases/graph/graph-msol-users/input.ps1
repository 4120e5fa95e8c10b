# Weekly user review, written for MSOnline (interactive)
Connect-MsolService
$all = Get-MsolUser -All
foreach ($u in $all) {
    if ($u.IsLicensed -and $u.BlockCredential) {
        Write-Output "$($u.UserPrincipalName) is licensed but blocked ($($u.ObjectId))"
    }
}
Get-MsolUser -All | Where-Object { $_.IsLicensed } | Select-Object UserPrincipalName, ObjectId, Title
$one = Get-MsolUser -UserPrincipalName 'ada@contoso.com'
Set-MsolUser -UserPrincipalName $one.UserPrincipalName -BlockCredential $true -Title 'Engineer'
Get-MsolUser -SearchString 'ada' -EnabledFilter EnabledOnly | Sort-Object LastName | Select-Object DisplayName, LastName
Get-MsolUser -UnlicensedUsersOnly -All | Select-Object UserPrincipalName
Get-MsolUser -UserPrincipalName 'bob@contoso.com' | Set-MsolUser -BlockCredential $false
(Get-MsolUser -MaxResults 10).Count
