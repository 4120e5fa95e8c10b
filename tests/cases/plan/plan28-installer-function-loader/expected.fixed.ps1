# Lists guest accounts for the quarterly access review
function Install-RequiredModule([string]$ModuleName) {
    if (-not (Get-Module -ListAvailable -Name $ModuleName)) {
        Write-Host "Installing $ModuleName..."
        Install-Module -Name $ModuleName -Scope CurrentUser -Force
    }
}

Install-RequiredModule "Microsoft.Graph.Authentication"
Install-RequiredModule "Microsoft.Graph.Users"

Connect-MgGraph -Scopes 'User.Read.All' -NoWelcome

$guests = Get-MgUser -All -Filter "userType eq 'Guest'" -Property DisplayName, UserPrincipalName, Mail, Id
$guests | Select-Object DisplayName, UserPrincipalName, Mail |
    Export-Csv -Path ".\GuestAccounts.csv" -NoTypeInformation
