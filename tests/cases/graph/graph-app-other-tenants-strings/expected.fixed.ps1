# App lookup table keyed by AppId: the audience, the implicit flow and the multi-tenant flag as text
Connect-MgGraph -Scopes 'Application.Read.All' -NoWelcome
$lookup = @{}
Get-MgApplication -All | ForEach-Object {
    $lookup[$_.AppId] = @{
        'ImplicitFlow' = "$($_.Web.ImplicitGrantSettings.EnableAccessTokenIssuance)"
        'OtherTenants' = "$(($_.SignInAudience -ne 'AzureADMyOrg'))"
        'LogoUrl'      = $_.Info.LogoUrl
    }
}
$lookup.GetEnumerator() | Sort-Object Name | ForEach-Object { '{0}: {1}' -f $_.Name, $_.Value.OtherTenants }
