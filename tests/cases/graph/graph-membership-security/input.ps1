# Leaver script: take the user out of every cloud security group (not the mail-enabled ones).
# The memberships are groups and directory roles; only groups have SecurityEnabled and MailEnabled.
param([Parameter(Mandatory)][string]$Leaver)
Connect-AzureAD
$account = Get-AzureADUser -ObjectId $Leaver
$securityGroups = Get-AzureADUserMembership -ObjectId $account.ObjectId -All $true |
    Where-Object { $_.ObjectType -eq 'Group' -and $_.SecurityEnabled -eq $true -and $_.MailEnabled -eq $false }
foreach ($grp in $securityGroups) {
    Remove-AzureADGroupMember -ObjectId $grp.ObjectId -MemberId $account.ObjectId
    Write-Output "Removed from $($grp.DisplayName)"
}
