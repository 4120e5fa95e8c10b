# $user is reassigned in the loop body before the last read: that read may be a guest map entry,
# not a Get-AzureADUser object (nothing is edited)
Connect-AzureAD
$guestMap = @{}
Import-Csv .\guests.csv | ForEach-Object { $guestMap[$_.Mail] = $_ }
$users = Get-AzureADUser -All $true
foreach ($user in $users) {
    if ($user.UserType -eq 'Guest' -and $guestMap.ContainsKey($user.Mail)) {
        $user = $guestMap[$user.Mail]
    }
    Write-Output $user.ObjectId
}
