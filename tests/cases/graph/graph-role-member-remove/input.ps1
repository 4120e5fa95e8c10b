# Offboarding: lists the leaver's own devices and takes the leaver out of the Helpdesk Administrator role.
param([Parameter(Mandatory)] [string] $UserPrincipalName)

Connect-AzureAD
$user = Get-AzureADUser -ObjectId $UserPrincipalName
Get-AzureADUserOwnedDevice -ObjectId $user.ObjectId -All $true | ForEach-Object {
    Write-Output "Owned device: $($_.ObjectId)"
}
$role = Get-AzureADDirectoryRole | Where-Object { $_.DisplayName -eq 'Helpdesk Administrator' }
Remove-AzureADDirectoryRoleMember -ObjectId $role.ObjectId -MemberId $user.ObjectId
