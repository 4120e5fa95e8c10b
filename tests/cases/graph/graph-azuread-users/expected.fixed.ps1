# Guest review, AzureAD with an app certificate
Connect-MgGraph -ClientId $appId -TenantId $tenantId -CertificateThumbprint $thumbprint
$tenant = Get-MgOrganization
Write-Host "Connected to $($tenant.DisplayName)"
$guests = Get-MgUser -All -Filter "UserType eq 'Guest'" -Property AccountEnabled, MobilePhone, Id
foreach ($g in $guests) {
    if ($g.AccountEnabled -and -not $g.MobilePhone) {
        Update-MgUser -UserId $g.Id -AccountEnabled:$false
    }
}
$me = Get-MgUser -UserId 'ada@contoso.com' -Property Id
Update-MgUser -UserId $me.Id -Department 'Finance' -BusinessPhones '+1 555 0100'
Get-MgUser -Search ('"userPrincipalName:{0}" OR "state:{0}" OR "mailNickName:{0}" OR "mail:{0}" OR "jobTitle:{0}" OR "displayName:{0}" OR "department:{0}" OR "country:{0}" OR "city:{0}"' -f $name) -ConsistencyLevel eventual -Property DisplayName, UserPrincipalName, Id | Select-Object DisplayName, UserPrincipalName
Get-MgSubscribedSku -All | Select-Object SkuPartNumber, ConsumedUnits
$session = Get-MgContext
Write-Host "Signed in as $($session.Account) in $($session.TenantId)"
Disconnect-MgGraph
