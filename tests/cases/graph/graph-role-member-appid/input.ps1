# The function's pipeline names its role members -PipelineVariable member; the caller names the
# function's output (Select-Object rows with the legacy column names) -PipelineVariable member
# too. A pipeline variable lives only in its own pipeline, so the caller's $member reads stay:
# they read the rows. A service principal member's AppId is AdditionalProperties.appId, read
# with Directory.Read.All like the names.
Connect-AzureAD
function Get-PrivilegedMember {
    Get-AzureADDirectoryRole | Where-Object { $_.DisplayName -like '*Administrator' } |
        Get-AzureADDirectoryRoleMember -PipelineVariable member |
        Select-Object ObjectType, ObjectId, UserPrincipalName, AppId -Unique
}
Get-PrivilegedMember -PipelineVariable member | ForEach-Object {
    if ($member.ObjectType -eq 'User') { Write-Output "user $($member.UserPrincipalName)" }
    else { Write-Output "$($member.ObjectType) $($member.AppId)" }
}
