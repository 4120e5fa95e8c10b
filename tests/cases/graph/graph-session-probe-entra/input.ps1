# Moving a device cleanup script to Microsoft Entra PowerShell. The session check discards
# the session: the rewrite throws itself when no one is signed in, so the catch still signs in.
param([Parameter(Mandatory)][string]$DeviceId)
try {
    Get-AzureADCurrentSessionInfo -ErrorAction Stop | Out-Null
}
catch {
    Connect-AzureAD
}
Get-AzureADDevice -ObjectId $DeviceId | Select-Object -Property DisplayName, ApproximateLastLogonTimeStamp
