# The function's pipeline names its role members -PipelineVariable member; the caller names the
# function's output (Select-Object rows with the legacy column names) -PipelineVariable member
# too. A pipeline variable lives only in its own pipeline (about_CommonParameters), so the
# caller's $member.UserPrincipalName reads a row's column and stays as written.
Connect-MgGraph -Scopes 'RoleManagement.Read.Directory', 'User.Read.All' -NoWelcome
function Get-PrivilegedMember {
    Get-MgDirectoryRole | Where-Object { $_.DisplayName -like '*Administrator' } |
        ForEach-Object { Get-MgDirectoryRoleMember -DirectoryRoleId $_.Id -All } -PipelineVariable member |
        Select-Object @{Name = 'ObjectId'; Expression = {$_.Id}}, @{Name = 'UserPrincipalName'; Expression = {$_.AdditionalProperties.userPrincipalName}} -Unique
}
Get-PrivilegedMember -PipelineVariable member | ForEach-Object {
    Write-Output "admin $($member.UserPrincipalName) ($($member.ObjectId))"
}
