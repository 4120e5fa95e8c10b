# Returns a session for the calling scripts, signed in with a partner token.
param($Token, $Upn)
try {
    Import-Module MSOnline
} catch {
    Write-Error "Unable to Load MSOnline Module"
    return $null
}
Connect-MsolService -AdGraphAccessToken $Token -MsGraphAccessToken $Token
Get-MsolUser -UserPrincipalName $Upn | Select-Object DisplayName
