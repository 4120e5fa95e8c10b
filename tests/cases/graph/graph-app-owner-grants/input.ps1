# Application review: the owners of one app registration, the delegated grants of a
# user, and the name of a named location used by conditional access.
param(
    [Parameter(Mandatory)][string]$AppObjectId,
    [Parameter(Mandatory)][string]$UserObjectId,
    [Parameter(Mandatory)][string]$LocationId
)
Connect-AzureAD
$owners = Get-AzureADApplicationOwner -ObjectId $AppObjectId -All $true
foreach ($owner in $owners) {
    Write-Output "Owner: $($owner.DisplayName) <$($owner.UserPrincipalName)>"
}
$grants = Get-AzureADUserOAuth2PermissionGrant -ObjectId $UserObjectId
foreach ($grant in $grants) {
    Write-Output "Grant to $($grant.ClientId): $($grant.Scope)"
}
$location = Get-AzureADMSNamedLocationPolicy -PolicyId $LocationId
Write-Output "Location: $($location.DisplayName) (changed $($location.ModifiedDateTime))"
