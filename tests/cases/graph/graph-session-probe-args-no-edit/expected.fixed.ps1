# The session check keeps the session object to print the account: Get-MgContext would
# return nothing instead of failing, so the catch would never sign in. Nothing is edited.
try {
    $session = Get-AzureADCurrentSessionInfo -ErrorAction Stop
    Write-Host "Signed in as $($session.Account)"
}
catch {
    Connect-AzureAD
}
Get-AzureADUser -All $true | ForEach-Object { $_.UserPrincipalName }
