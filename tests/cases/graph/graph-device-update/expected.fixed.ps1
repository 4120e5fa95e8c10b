# Disable the devices nobody signed in from since the cut-off date, and rename the
# lobby kiosk.
param([datetime]$Cutoff = (Get-Date).AddDays(-180), [string]$KioskId)
Connect-MgGraph -Scopes 'Device.Read.All', 'Directory.AccessAsUser.All' -NoWelcome
Get-MgDevice -All | Where-Object { $_.ApproximateLastSignInDateTime -le $Cutoff } |
    ForEach-Object { Update-MgDevice -DeviceId $_.Id -AccountEnabled:$false }
if ($KioskId) {
    Update-MgDevice -DeviceId $KioskId -DisplayName 'Lobby kiosk'
}
