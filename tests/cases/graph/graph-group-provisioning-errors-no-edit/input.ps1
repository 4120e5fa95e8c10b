# Groups with directory synchronization errors: Azure AD Graph's provisioningErrors is not in Microsoft Graph
Connect-AzureAD
$groups = Get-AzureADGroup -All $true
foreach ($g in $groups) {
    if ($g.ProvisioningErrors.Count -gt 0) { Write-Warning "$($g.DisplayName) has provisioning errors" }
}
