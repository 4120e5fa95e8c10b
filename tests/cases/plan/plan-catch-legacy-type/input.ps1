# Revokes the refresh tokens of one departing user and logs when.
param([Parameter(Mandatory)][string]$UserPrincipalName)

function Connect-Directory {
    try {
        $tenant = Get-AzureADTenantDetail -ErrorAction Stop
        Write-Host "Already connected to $($tenant.DisplayName)"
    }
    catch [Microsoft.Open.Azure.AD.CommonLibrary.AadNeedAuthenticationException] {
        Write-Host 'Not connected yet, signing in' -ForegroundColor DarkCyan
        Connect-AzureAD -ErrorAction Stop
    }
}

Connect-Directory
$user = Get-AzureADUser -ObjectId $UserPrincipalName -ErrorAction Stop
Revoke-AzureADUserAllRefreshToken -ObjectId $user.ObjectId
Write-Host "Tokens revoked for $UserPrincipalName at $(Get-Date -Format s)"
