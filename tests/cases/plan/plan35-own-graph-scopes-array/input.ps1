<#
.SYNOPSIS
    Moves Intune-managed users of one office to the office's department.
#>
param([Parameter(Mandatory)][string]$Office, [Parameter(Mandatory)][string]$Department)

Import-Module Microsoft.Graph.Authentication
Connect-MgGraph -Scopes @('DeviceManagementManagedDevices.Read.All', 'User.Read.All')

# Sign in to Azure AD as well
Connect-AzureAD

$devices = Get-MgDeviceManagementManagedDevice -All
foreach ($upn in ($devices | Select-Object -ExpandProperty UserPrincipalName -Unique)) {
    $user = Get-AzureADUser -ObjectId $upn
    if ($user.PhysicalDeliveryOfficeName -eq $Office) {
        Set-AzureADUser -ObjectId $user.ObjectId -Department $Department
    }
}
