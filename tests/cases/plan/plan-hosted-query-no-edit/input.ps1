#Requires -Modules MSOnline
# Query for the portal's user picker: fills the list with the users' sign-in names.
$users = Get-MsolUser -All | Sort-Object DisplayName
foreach ($u in $users) {
    if ($null -ne $SRXEnv) {
        $SRXEnv.ResultList.Add($u.UserPrincipalName)
        $SRXEnv.ResultList2.Add($u.DisplayName)
    }
    else {
        Write-Output $u.DisplayName
    }
}
