# Team helpers, dot-sourced by the mailbox scripts
function Connect-ExchangeOnline {
    param ([string]$UserPrincipalName)
    Write-Host "Legacy helper: use Connect-Exo instead ($UserPrincipalName)"
}
