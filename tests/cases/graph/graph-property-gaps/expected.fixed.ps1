# Contact sheet and app registration review: office phone numbers of the sales users,
# which apps still allow the implicit flow, the plans provisioned per user, and the
# devices the system labels as Azure resources.
Connect-MgGraph -Scopes 'Application.Read.All', 'Device.Read.All', 'User.Read.All' -NoWelcome
$sales = Get-MgUser -Filter "department eq 'Sales'" -All -Property DisplayName, BusinessPhones, ProvisionedPlans, Id
foreach ($person in $sales) {
    Write-Output ("{0}: {1}" -f $person.DisplayName, ($person.BusinessPhones | Select-Object -First 1))
    Write-Output ("  plans: {0}" -f ($person.ProvisionedPlans.Service -join ', '))
}
foreach ($app in Get-MgApplication -All) {
    if ($app.Web.ImplicitGrantSettings.EnableAccessTokenIssuance -or $app.Web.ImplicitGrantSettings.EnableIdTokenIssuance) {
        Write-Output "$($app.DisplayName) allows the implicit flow (sign-out: $($app.Web.LogoutUrl))"
    }
}
Get-MgDevice -All | Where-Object { $_.SystemLabels -contains 'AzureResource' } | ForEach-Object {
    Write-Output "Azure resource device: $($_.DisplayName)"
}
