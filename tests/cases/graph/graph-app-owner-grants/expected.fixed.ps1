# Application review: the owners of one app registration, the delegated grants of a
# user, and the name of a named location used by conditional access.
param(
    [Parameter(Mandatory)][string]$AppObjectId,
    [Parameter(Mandatory)][string]$UserObjectId,
    [Parameter(Mandatory)][string]$LocationId
)
Connect-MgGraph -Scopes 'Directory.Read.All', 'Policy.Read.All' -NoWelcome
$owners = Get-MgApplicationOwner -ApplicationId $AppObjectId -All
foreach ($owner in $owners) {
    Write-Output "Owner: $($owner.AdditionalProperties.displayName) <$($owner.AdditionalProperties.userPrincipalName)>"
}
$grants = Get-MgUserOauth2PermissionGrant -UserId $UserObjectId
foreach ($grant in $grants) {
    Write-Output "Grant to $($grant.ClientId): $($grant.Scope)"
}
$location = Get-MgIdentityConditionalAccessNamedLocation -NamedLocationId $LocationId
Write-Output "Location: $($location.DisplayName) (changed $($location.ModifiedDateTime))"
