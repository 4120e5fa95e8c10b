<#
.SYNOPSIS
    Moves Intune-managed users of one office to the office's department.
#>
param([Parameter(Mandatory)][string]$Office, [Parameter(Mandatory)][string]$Department)

Import-Module Microsoft.Graph.Authentication
Connect-MgGraph -Scopes @('DeviceManagementManagedDevices.Read.All', 'User.Read.All', 'User.ReadWrite.All')


$devices = Get-MgDeviceManagementManagedDevice -All
foreach ($upn in ($devices | Select-Object -ExpandProperty UserPrincipalName -Unique)) {
    $user = Get-MgUser -UserId $upn -Property OfficeLocation, Id
    if ($user.OfficeLocation -eq $Office) {
        Update-MgUser -UserId $user.Id -Department $Department
    }
}
