# The function's pipeline names its role members -PipelineVariable member; the caller names the
# function's output (Select-Object rows with the legacy column names) -PipelineVariable member
# too. A pipeline variable lives only in its own pipeline, so the caller's $member reads stay:
# they read the rows. A service principal member's AppId is AdditionalProperties.appId, read
# with Directory.Read.All like the names.
Connect-MgGraph -Scopes 'Directory.Read.All' -NoWelcome
function Get-PrivilegedMember {
    Get-MgDirectoryRole | Where-Object { $_.DisplayName -like '*Administrator' } |
        ForEach-Object { Get-MgDirectoryRoleMember -DirectoryRoleId $_.Id -All } -PipelineVariable member |
        Select-Object @{Name = 'ObjectType'; Expression = {($_.AdditionalProperties['@odata.type'] | ForEach-Object { @{'#microsoft.graph.user' = 'User'; '#microsoft.graph.group' = 'Group'; '#microsoft.graph.servicePrincipal' = 'ServicePrincipal'}[$_] })}}, @{Name = 'ObjectId'; Expression = {$_.Id}}, @{Name = 'UserPrincipalName'; Expression = {$_.AdditionalProperties.userPrincipalName}}, @{Name = 'AppId'; Expression = {$_.AdditionalProperties.appId}} -Unique
}
Get-PrivilegedMember -PipelineVariable member | ForEach-Object {
    if ($member.ObjectType -eq 'User') { Write-Output "user $($member.UserPrincipalName)" }
    else { Write-Output "$($member.ObjectType) $($member.AppId)" }
}
