# Service desk helpers: dot-source this file, then call the functions from the console.
Import-Module Microsoft.Graph.Authentication, Microsoft.Graph.Users

<#
.SYNOPSIS
    Signs in to Microsoft Online for the other helpers.

.EXAMPLE
    Connect-ServiceDesk
.NOTES
    Run once per console session.
#>
function Connect-ServiceDesk {
    param()
    Connect-MgGraph -Scopes 'User.Read.All' -NoWelcome
}

function Get-UnlicensedStaff {
    <#
    .SYNOPSIS
        Lists the staff accounts without a license.
    .EXAMPLE
        Get-UnlicensedStaff | Export-Csv .\unlicensed.csv -NoTypeInformation
    #>
    Get-MgUser -All -Property UserPrincipalName, DisplayName, AssignedLicenses, Id | Where-Object { $_.AssignedLicenses.Count -eq 0 } | Select-Object UserPrincipalName, DisplayName
}

function Get-ManagerCount {
    Connect-MgGraph -NoWelcome -Scopes 'User.Read.All'
    (Get-MgUser -All -Filter "userType eq 'Member'").Count
}
