# Helpdesk toolbox: dot-source it, then call the functions from the console.
Import-Module AzureAD

function Connect-Directory {
    param(
        [Parameter(Mandatory = $true)]
        [string]$AdminUser,
        [Parameter(Mandatory = $true)]
        [string]$AdminPass
    )
    $secure = ConvertTo-SecureString "$AdminPass" -AsPlainText -Force
    $credential = New-Object System.Management.Automation.PSCredential ("$AdminUser", $secure)
    Connect-AzureAD -Credential $credential
}

function Get-DisabledAccounts {
    Get-AzureADUser -All $true | Where-Object { -not $_.AccountEnabled }
}

function Get-GuestCount {
    Connect-MgGraph -NoWelcome -Scopes 'User.Read.All'
    (Get-MgUser -All -Filter "userType eq 'Guest'").Count
}
