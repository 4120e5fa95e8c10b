# The function's pipeline names its role members -PipelineVariable member; the caller names the
# function's output (Select-Object rows with the legacy column names) -PipelineVariable member
# too. A pipeline variable lives only in its own pipeline (about_CommonParameters), so the
# caller's $member.UserPrincipalName reads a row's column and stays as written.
Connect-AzureAD
function Get-PrivilegedMember {
    Get-AzureADDirectoryRole | Where-Object { $_.DisplayName -like '*Administrator' } |
        Get-AzureADDirectoryRoleMember -PipelineVariable member |
        Select-Object ObjectId, UserPrincipalName -Unique
}
Get-PrivilegedMember -PipelineVariable member | ForEach-Object {
    Write-Output "admin $($member.UserPrincipalName) ($($member.ObjectId))"
}
