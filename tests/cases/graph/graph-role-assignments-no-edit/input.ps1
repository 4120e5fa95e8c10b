# ResourceScope is not a Graph v1.0 property (DirectoryScopeId or AppScopeId): the file stays AzureAD
Connect-AzureAD
$definition = Get-AzureADMSRoleDefinition -Filter "displayName eq 'Helpdesk Administrator'"
Get-AzureADMSRoleAssignment -Filter "roleDefinitionId eq '$($definition.Id)'" | ForEach-Object {
    Write-Output "$($_.PrincipalId) at $($_.ResourceScope)"
}
