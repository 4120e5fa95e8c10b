# Calculated properties continued over lines (a comma, a backtick, then bare
# words on the next line), a command named enumerate-*, and a continuation
# right after a parameter: valid PowerShell the grammar rejects.
param($report = ".\DirectoryRoleMembers.csv")
Connect-MgGraph -Scopes 'Directory.Read.All', 'GroupMember.Read.All' -NoWelcome

function enumerate-groupmembers {
    param($objectid)
    Get-MgGroupMember -GroupId $objectid -All -pv mem | foreach {
        $_ | select @{Name="GroupID";Expression={$objectid}},`
            @{Name="MemberID";Expression={$mem.Id}}
        if ($_.AdditionalProperties['@odata.type'] -eq '#microsoft.graph.group') {
            enumerate-groupmembers -ObjectId $_.Id
        }
    }
}

Get-MgDirectoryRole -pv dr | ForEach-Object { Get-MgDirectoryRoleMember -DirectoryRoleId $_.Id -All } | select `
    @{N="Role";E={$dr.DisplayName}}, `
    @{Name = 'DisplayName'; Expression = {$_.AdditionalProperties.displayName}}, @{Name = 'UserPrincipalName'; Expression = {$_.AdditionalProperties.userPrincipalName}} |
        export-csv $report -NoTypeInformation

Get-MgUser -All -Property UserPrincipalName, DisplayName, Department, Id | select @{N="Upn";E={$_.UserPrincipalName}},`
    DisplayName,Department | export-csv .\users.csv -NoTypeInformation

Get-MgGroup -All | foreach { enumerate-groupmembers -ObjectId $_.Id }
