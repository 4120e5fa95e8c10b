# Service desk helpers: dot-source this file, then call the functions from the console.
Import-Module MSOnline

<#
.SYNOPSIS
    Signs in to Microsoft Online for the other helpers.
.PARAMETER Username
    The admin account, for example admin@fabrikam.com.
.PARAMETER Password
    The admin account's password, as plain text.

.EXAMPLE
    Connect-ServiceDesk -Username admin@fabrikam.com -Password 'P@ssw0rd'
.NOTES
    Run once per console session.
#>
function Connect-ServiceDesk {
    param(
        [Parameter(Mandatory = $true)]
        [string]$Username,
        [Parameter(Mandatory = $true)]
        [string]$Password
    )
    $secure = ConvertTo-SecureString $Password -AsPlainText -Force
    $cred = New-Object System.Management.Automation.PSCredential ($Username, $secure)
    Connect-MsolService -Credential $cred
}

function Get-UnlicensedStaff {
    <#
    .SYNOPSIS
        Lists the staff accounts without a license.
    .EXAMPLE
        Get-UnlicensedStaff | Export-Csv .\unlicensed.csv -NoTypeInformation
    #>
    Get-MsolUser -All -UnlicensedUsersOnly | Select-Object UserPrincipalName, DisplayName
}

function Get-ManagerCount {
    Connect-MgGraph -NoWelcome -Scopes 'User.Read.All'
    (Get-MgUser -All -Filter "userType eq 'Member'").Count
}
