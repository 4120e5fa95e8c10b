# Device fields that Update-MgDevice names differently: the device's own DeviceId is its
# -DeviceId1 there (its -DeviceId is the object id), and the OS version is not among the
# parameters psauth maps. Nothing is edited.
param([Parameter(Mandatory)][string]$ObjectId, [string]$HardwareId)
Connect-AzureAD
Set-AzureADDevice -ObjectId $ObjectId -DeviceId $HardwareId
Set-AzureADDevice -ObjectId $ObjectId -DeviceOSVersion '10.0.22631'
