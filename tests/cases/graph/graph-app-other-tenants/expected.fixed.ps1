# Application inventory: which registrations accept sign-ins from other tenants (Azure AD Graph's
# availableToOtherTenants; Microsoft Graph's signInAudience, false meaning AzureADMyOrg)
Connect-MgGraph -Scopes 'Application.Read.All' -NoWelcome
$apps = Get-MgApplication -All
$report = foreach ($app in $apps) {
    [pscustomobject]@{
        Name        = $app.DisplayName
        AppId       = $app.AppId
        MultiTenant = ($app.SignInAudience -ne 'AzureADMyOrg')
        MappedClaims = $app.Api.AcceptMappedClaims
    }
}
$report | Export-Csv -Path .\apps.csv -NoTypeInformation
Get-MgApplication -All | Where-Object { ($_.SignInAudience -ne 'AzureADMyOrg') -eq $true } | ForEach-Object { Write-Host "multi-tenant: $($_.DisplayName)" }
$one = Get-MgApplication -ApplicationId $objectId
if (-not ($one.SignInAudience -ne 'AzureADMyOrg')) { Write-Host "$($one.DisplayName) is single-tenant" }
