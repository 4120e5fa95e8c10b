<#
  Exports every licensed user of the tenant to a CSV file.
#>
function Import-MyModule {
    param([string]$Name)
    if (-not (Get-Module -ListAvailable -Name $Name)) {
        Write-Host "Installing $Name..."
        Install-Module -Name $Name -Scope CurrentUser -Force
    }
    Import-Module -Name $Name
}

Import-MyModule Microsoft.Graph.Authentication
Import-MyModule Microsoft.Graph.Users
Connect-MgGraph -Scopes 'User.Read.All' -NoWelcome
Get-MgUser -All -Property AssignedLicenses, UserPrincipalName, DisplayName, Department, Id | Where-Object { ($_.AssignedLicenses.Count -gt 0) } |
    Select-Object UserPrincipalName, DisplayName, Department |
    Export-Csv -Path .\licensed-users.csv -NoTypeInformation
