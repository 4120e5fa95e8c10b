# Stale device report: Windows devices not seen for 90 days, with their registered owner.
Connect-MgGraph -Scopes 'Device.Read.All', 'User.Read.All' -NoWelcome
$cutoff = (Get-Date).AddDays(-90)
$report = foreach ($device in Get-MgDevice -All) {
    if ($device.ApproximateLastSignInDateTime -lt $cutoff) {
        $owner = Get-MgDeviceRegisteredOwner -DeviceId $device.Id
        [pscustomobject]@{
            Device    = $device.DisplayName
            LastLogon = $device.ApproximateLastSignInDateTime
            Owner     = $owner.AdditionalProperties.userPrincipalName
        }
    }
}
$report | Export-Csv -Path .\stale-devices.csv -NoTypeInformation
