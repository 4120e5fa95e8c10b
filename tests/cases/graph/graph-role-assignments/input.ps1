# Lists who holds each directory role (AzureAD's MS role cmdlets read Microsoft Graph v1.0)
Connect-AzureAD
$report = foreach ($definition in Get-AzureADMSRoleDefinition -All $true) {
    $assignments = Get-AzureADMSRoleAssignment -Filter "roleDefinitionId eq '$($definition.Id)'"
    foreach ($assignment in $assignments) {
        [PSCustomObject]@{
            Role        = $definition.DisplayName
            BuiltIn     = $definition.IsBuiltIn
            PrincipalId = $assignment.PrincipalId
        }
    }
}
$one = Get-AzureADMSRoleDefinition -Id '62e90394-69f5-4237-9190-012177145e10'
Write-Output "$($one.DisplayName): $($report.Count) assignments in all roles"
