# Users report; the PIM section runs only with the preview module
Connect-AzureAD

if (Get-Command -Name 'Get-AzureADMSPrivilegedResource' -ErrorAction SilentlyContinue) {
    Write-Host "AzureADPreview is loaded: PIM resources can be listed"
}
Get-AzureADUser -All $true | Select-Object DisplayName, UserPrincipalName
