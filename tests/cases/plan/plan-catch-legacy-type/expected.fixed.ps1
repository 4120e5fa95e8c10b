# Revokes the refresh tokens of one departing user and logs when.
param([Parameter(Mandatory)][string]$UserPrincipalName)

function Connect-Directory {
    try {
        $tenant = Get-MgOrganization -ErrorAction Stop
        Write-Host "Already connected to $($tenant.DisplayName)"
    }
    catch {
        Write-Host 'Not connected yet, signing in' -ForegroundColor DarkCyan
        Connect-MgGraph -Scopes 'User.Read', 'User.Read.All', 'User.RevokeSessions.All' -NoWelcome -ErrorAction Stop
    }
}

Connect-Directory
$user = Get-MgUser -UserId $UserPrincipalName -ErrorAction Stop -Property Id
Revoke-MgUserSignInSession -UserId $user.Id
Write-Host "Tokens revoked for $UserPrincipalName at $(Get-Date -Format s)"
