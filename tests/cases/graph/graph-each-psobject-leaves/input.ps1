# Snapshot of the tenant's devices (copies, so later edits do not touch them)
Connect-AzureAD
$snapshot = Get-AzureADDevice -All $true | ForEach-Object { $_.PSObject.Copy() }
$snapshot | Select-Object DisplayName, ObjectId, DeviceOSType | Export-Csv .\devices.csv -NoTypeInformation
