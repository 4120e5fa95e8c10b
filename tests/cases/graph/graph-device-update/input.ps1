# Disable the devices nobody signed in from since the cut-off date, and rename the
# lobby kiosk.
param([datetime]$Cutoff = (Get-Date).AddDays(-180), [string]$KioskId)
Connect-AzureAD
Get-AzureADDevice -All $true | Where-Object { $_.ApproximateLastLogonTimeStamp -le $Cutoff } |
    Set-AzureADDevice -AccountEnabled $false
if ($KioskId) {
    Set-AzureADDevice -ObjectId $KioskId -DisplayName 'Lobby kiosk'
}
