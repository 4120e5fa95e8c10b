# Limit the reporting app to the Sales mailboxes.
New-ApplicationAccessPolicy -AppId 'e7e4dbfc-046f-4074-9b3b-2ae8f144f59b' -PolicyScopeGroupId 'sales@contoso.com' -AccessRight RestrictAccess -Description 'Sales only'

# module-qualified, splatted, any case
$policy = @{
    AppId              = $AppId
    PolicyScopeGroupId = 'EvenUsers@contoso.com'
    AccessRight        = 'DenyAccess'
}
ExchangeOnlineManagement\new-applicationaccesspolicy @policy

# inside a nested script string
powershell -Command 'New-ApplicationAccessPolicy -AppId $env:APP_ID -PolicyScopeGroupId hr@contoso.com -AccessRight RestrictAccess'
