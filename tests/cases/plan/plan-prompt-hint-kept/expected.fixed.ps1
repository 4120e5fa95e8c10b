function Connect-Tenant {
    [CmdletBinding()]
    param()
    # one prompt for every service; the suggested account is the admin's own
    $AdminCred = Get-Credential -UserName "$env:USERNAME@$env:USERDNSDOMAIN" -Message 'Tenant admin'

    # directory: the scripts run after this one still use MSOnline
    Connect-MsolService -Credential $AdminCred

    Connect-ExchangeOnline -UserPrincipalName $AdminCred.UserName -Prefix Cloud -ErrorAction Stop -ShowBanner:$false | Out-Null
}
