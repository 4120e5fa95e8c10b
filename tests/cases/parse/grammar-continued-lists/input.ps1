# Calculated properties continued over lines (a comma, a backtick, then bare
# words on the next line), a command named enumerate-*, and a continuation
# right after a parameter: valid PowerShell the grammar rejects.
param($report = ".\DirectoryRoleMembers.csv")
Connect-AzureAD

function enumerate-groupmembers {
    param($objectid)
    Get-AzureADGroupMember -ObjectId $objectid -All $true -pv mem | foreach {
        $_ | select @{Name="GroupID";Expression={$objectid}},`
            @{Name="MemberID";Expression={$mem.ObjectId}}
        if ($_.ObjectType -eq "Group") {
            enumerate-groupmembers -ObjectId $_.ObjectId
        }
    }
}

Get-AzureADDirectoryRole -pv dr | Get-AzureADDirectoryRoleMember | select `
    @{N="Role";E={$dr.DisplayName}}, `
    DisplayName, UserPrincipalName |
        export-csv $report -NoTypeInformation

Get-AzureADUser -All $true | select @{N="Upn";E={$_.UserPrincipalName}},`
    DisplayName,Department | export-csv .\users.csv -NoTypeInformation

Get-AzureADGroup -All`
    $true | foreach { enumerate-groupmembers -ObjectId $_.ObjectId }
