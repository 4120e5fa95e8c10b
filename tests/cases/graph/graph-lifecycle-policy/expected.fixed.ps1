# Put every Microsoft 365 group that is not yet under the tenant's expiration policy
# under it, and list the policy's lifetime for the change log.
Connect-MgGraph -Scopes 'Directory.Read.All', 'Directory.ReadWrite.All', 'GroupMember.Read.All' -NoWelcome
$policy = Get-MgGroupLifecyclePolicy
Write-Host "Policy lifetime: $($policy.GroupLifetimeInDays) days"
$groups = Get-MgGroup -Filter "groupTypes/any(c:c eq 'Unified')" -All
$added = 0
foreach ($group in $groups) {
    Write-Host "Adding $($group.DisplayName) to the expiration policy"
    Add-MgGroupToLifecyclePolicy -GroupLifecyclePolicyId $policy.Id -GroupId $group.Id -ErrorAction SilentlyContinue
    $added++
}
Write-Host "$added groups added"
