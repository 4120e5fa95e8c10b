# Revokes a leaver's access to the HR portal enterprise application.
param([Parameter(Mandatory)] [string] $UserPrincipalName)

Connect-AzureAD
$sp = Get-AzureADServicePrincipal -Filter "displayName eq 'Contoso HR Portal'"
$user = Get-AzureADUser -ObjectId $UserPrincipalName
$assignments = Get-AzureADServiceAppRoleAssignment -ObjectId $sp.ObjectId -All $true |
    Where-Object { $_.PrincipalId -eq $user.ObjectId }
foreach ($assignment in $assignments) {
    Remove-AzureADServiceAppRoleAssignment -ObjectId $sp.ObjectId -AppRoleAssignmentId $assignment.ObjectId
    Write-Host "Removed assignment $($assignment.ObjectId) from $UserPrincipalName"
}
