# Stale device report: Windows devices not seen for 90 days, with their registered owner.
Connect-AzureAD
$cutoff = (Get-Date).AddDays(-90)
$report = foreach ($device in Get-AzureADDevice -All $true) {
    if ($device.ApproximateLastLogonTimeStamp -lt $cutoff) {
        $owner = Get-AzureADDeviceRegisteredOwner -ObjectId $device.ObjectId
        [pscustomobject]@{
            Device    = $device.DisplayName
            LastLogon = $device.ApproximateLastLogonTimeStamp
            Owner     = $owner.UserPrincipalName
        }
    }
}
$report | Export-Csv -Path .\stale-devices.csv -NoTypeInformation
