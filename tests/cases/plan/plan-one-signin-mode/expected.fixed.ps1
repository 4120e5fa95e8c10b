# Helpdesk toolbox: dot-source it, then call the functions from the console.
Import-Module Microsoft.Graph.Authentication, Microsoft.Graph.Users

function Connect-Directory {
    param()
    Connect-MgGraph -Scopes 'User.Read.All' -NoWelcome
}

function Get-DisabledAccounts {
    Get-MgUser -All -Property AccountEnabled, Id | Where-Object { -not $_.AccountEnabled }
}

function Get-GuestCount {
    Connect-MgGraph -NoWelcome -Scopes 'User.Read.All'
    (Get-MgUser -All -Filter "userType eq 'Guest'").Count
}
