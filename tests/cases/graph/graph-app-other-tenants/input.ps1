# Application inventory: which registrations accept sign-ins from other tenants (Azure AD Graph's
# availableToOtherTenants; Microsoft Graph's signInAudience, false meaning AzureADMyOrg)
Connect-MgGraph -Scopes 'Application.Read.All' -NoWelcome
$apps = Get-AzureADApplication -All $true
$report = foreach ($app in $apps) {
    [pscustomobject]@{
        Name        = $app.DisplayName
        AppId       = $app.AppId
        MultiTenant = $app.AvailableToOtherTenants
        MappedClaims = $app.AcceptMappedClaims
    }
}
$report | Export-Csv -Path .\apps.csv -NoTypeInformation
Get-AzureADApplication -All $true | Where-Object { $_.AvailableToOtherTenants -eq $true } | ForEach-Object { Write-Host "multi-tenant: $($_.DisplayName)" }
$one = Get-AzureADApplication -ObjectId $objectId
if (-not $one.AvailableToOtherTenants) { Write-Host "$($one.DisplayName) is single-tenant" }
