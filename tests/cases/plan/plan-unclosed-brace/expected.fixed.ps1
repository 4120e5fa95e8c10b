# Connects the admin session; the closing brace of the function is missing.
function Connect-Tenant {
    $adminCred = Get-Credential
    Connect-ExchangeOnline -UserPrincipalName $adminCred.UserName -ShowBanner:$false
    Connect-MsolService -Credential $adminCred
