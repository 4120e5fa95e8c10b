# Disabled-account and IT-staff report: each function gets its own users.
Connect-MsolService

function Get-DisabledUsers {
    $users = Get-MsolUser -All -EnabledFilter DisabledOnly
    Write-Summary
    foreach ($u in $users) { $u.UserPrincipalName }
}

function Write-Summary {
    # assigns its own $users: the caller's are not read here
    $users = Import-Csv -Path .\expected-disabled.csv
    Write-Host "Expected disabled: $($users.Count)"
}

function Get-Admins {
    $admins = Get-MsolUser -All | Where-Object { $_.Department -eq 'IT' }
    function Show-Admins {
        # nested in Get-Admins: its $admins, which psauth follows
        foreach ($a in $admins) { "$($a.DisplayName) <$($a.UserPrincipalName)>" }
    }
    Show-Admins
    # the script's own list, named by its scope
    $script:reportTitle = "IT staff: $($admins.Count)"
}

Get-DisabledUsers
Get-Admins
Write-Host $script:reportTitle
