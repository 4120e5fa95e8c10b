# Named locations with their IP ranges: the ranges are not properties of Graph's
# namedLocation objects (AdditionalProperties), and the lifecycle call's result is read.
# Nothing is edited.
Connect-AzureAD
foreach ($location in Get-AzureADMSNamedLocationPolicy) {
    Write-Output "$($location.DisplayName): $($location.IpRanges.CidrAddress -join ', ')"
}
$result = Add-AzureADMSLifecyclePolicyGroup -Id $policyId -GroupId $groupId
Write-Output $result.Value
