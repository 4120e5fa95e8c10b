# Reads psauth must follow before rewriting: a property of (a variable's objects | Where-Object ...),
# and a -PipelineVariable piped on ($pv | Select-Object ...): each is renamed with its call
Connect-MgGraph -Scopes 'Domain.Read.All', 'User.Read.All' -NoWelcome
$AAD_Domains = Get-MgDomain
Get-MgUser -All -PipelineVariable AADUser -Property Id, UserPrincipalName, AccountEnabled, BusinessPhones, DisplayName, GivenName, JobTitle, Mail, MobilePhone, OfficeLocation, PreferredLanguage, Surname | ForEach-Object {
    $auth = ($AAD_Domains | Where-Object 'Id' -eq $AADUser.UserPrincipalName.Split('@')[1]).AuthenticationType
    $AADUser | Select-Object 'UserPrincipalName', @{Name = 'BlockCredential'; Expression = {(-not $_.AccountEnabled)}}, @{N = 'Auth'; E = { $auth }}, @{N = 'Id'; E = { $_.Id }}
}
