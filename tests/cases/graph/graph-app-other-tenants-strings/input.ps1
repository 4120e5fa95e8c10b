# App lookup table keyed by AppId: the audience, the implicit flow and the multi-tenant flag as text
Connect-AzureAD
$lookup = @{}
Get-AzureADApplication -All $true | ForEach-Object {
    $lookup[$_.AppId] = @{
        'ImplicitFlow' = "$($_.Oauth2AllowImplicitFlow)"
        'OtherTenants' = "$($_.AvailableToOtherTenants)"
        'LogoUrl'      = $_.LogoUrl
    }
}
$lookup.GetEnumerator() | Sort-Object Name | ForEach-Object { '{0}: {1}' -f $_.Name, $_.Value.OtherTenants }
