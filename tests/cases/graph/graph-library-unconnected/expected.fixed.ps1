# Helpers dot-sourced by the console scripts; the caller connects.
function Get-AllUsers {
    Get-AzureADUser -All $true
}
function Get-AllGroups {
    Get-AzureADGroup -All $true
}
