# Contact sheet and app registration review: office phone numbers of the sales users,
# which apps still allow the implicit flow, the plans provisioned per user, and the
# devices the system labels as Azure resources.
Connect-AzureAD
$sales = Get-AzureADUser -Filter "department eq 'Sales'" -All $true
foreach ($person in $sales) {
    Write-Output ("{0}: {1}" -f $person.DisplayName, $person.TelephoneNumber)
    Write-Output ("  plans: {0}" -f ($person.ProvisionedPlans.Service -join ', '))
}
foreach ($app in Get-AzureADApplication -All $true) {
    if ($app.Oauth2AllowImplicitFlow -or $app.Oauth2AllowIdTokenImplicitFlow) {
        Write-Output "$($app.DisplayName) allows the implicit flow (sign-out: $($app.LogoutUrl))"
    }
}
Get-AzureADDevice -All $true | Where-Object { $_.SystemLabels -contains 'AzureResource' } | ForEach-Object {
    Write-Output "Azure resource device: $($_.DisplayName)"
}
