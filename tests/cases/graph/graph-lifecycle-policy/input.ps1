# Put every Microsoft 365 group that is not yet under the tenant's expiration policy
# under it, and list the policy's lifetime for the change log.
Connect-AzureAD
$policy = Get-AzureADMSGroupLifecyclePolicy
Write-Host "Policy lifetime: $($policy.GroupLifetimeInDays) days"
$groups = Get-AzureADMSGroup -Filter "groupTypes/any(c:c eq 'Unified')" -All $true
$added = 0
foreach ($group in $groups) {
    Write-Host "Adding $($group.DisplayName) to the expiration policy"
    Add-AzureADMSLifecyclePolicyGroup -Id $policy.Id -GroupId $group.Id -ErrorAction SilentlyContinue
    $added++
}
Write-Host "$added groups added"
