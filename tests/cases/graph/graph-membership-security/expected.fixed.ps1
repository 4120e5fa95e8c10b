# Leaver script: take the user out of every cloud security group (not the mail-enabled ones).
# The memberships are groups and directory roles; only groups have SecurityEnabled and MailEnabled.
param([Parameter(Mandatory)][string]$Leaver)
Connect-MgGraph -Scopes 'GroupMember.Read.All', 'GroupMember.ReadWrite.All', 'User.Read.All' -NoWelcome
$account = Get-MgUser -UserId $Leaver -Property Id
$securityGroups = Get-MgUserMemberOf -UserId $account.Id -All |
    Where-Object { $_.AdditionalProperties['@odata.type'] -eq '#microsoft.graph.group' -and $_.AdditionalProperties.securityEnabled -eq $true -and $_.AdditionalProperties.mailEnabled -eq $false }
foreach ($grp in $securityGroups) {
    Remove-MgGroupMemberByRef -GroupId $grp.Id -DirectoryObjectId $account.Id
    Write-Output "Removed from $($grp.AdditionalProperties.displayName)"
}
