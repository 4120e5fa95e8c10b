# MSOnline role members: a directory role's members may be users, role-assignable groups or service
# principals, so a report of their names asks for Directory.Read.All (Graph's limited-information
# rule), as for Get-AzureADDirectoryRoleMember.
param([Parameter(Mandatory)][string]$RoleTemplateId)
Connect-MgGraph -Scopes 'Directory.Read.All' -NoWelcome
Get-MgDirectoryRoleMember -DirectoryRoleId $RoleTemplateId -All | ForEach-Object {
    '{0} ({1})' -f $_.AdditionalProperties.displayName, $_.Id
}
