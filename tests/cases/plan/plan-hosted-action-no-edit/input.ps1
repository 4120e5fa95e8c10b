#Requires -Version 5.0
#Requires -Modules AzureAD

<#
    .SYNOPSIS
        Lists the users whose display name starts with the given text.

    .NOTES
        Runs as an action of the automation portal; its target connects to Azure AD first.

    .Parameter StartsWith
        Beginning of the display name
#>

param(
    [Parameter(Mandatory = $true)]
    [string]$StartsWith
)

try {
    $users = Get-AzureADUser -All $true -Filter "startswith(displayName,'$StartsWith')" |
        Select-Object DisplayName, UserPrincipalName | Sort-Object DisplayName
    if ($SRXEnv) {
        $SRXEnv.ResultMessage = $users | Format-Table -AutoSize | Out-String
    }
    else {
        Write-Output $users
    }
}
catch {
    throw
}
