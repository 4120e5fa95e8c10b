# Reads psauth must follow before rewriting: a property of (a variable's objects | Where-Object ...),
# and a -PipelineVariable piped on ($pv | Select-Object ...): each is renamed with its call
Connect-MsolService
$AAD_Domains = Get-MsolDomain
Get-MsolUser -All -PipelineVariable AADUser | ForEach-Object {
    $auth = ($AAD_Domains | Where-Object Name -eq $AADUser.UserPrincipalName.Split('@')[1]).Authentication
    $AADUser | Select-Object UserPrincipalName, BlockCredential, @{N = 'Auth'; E = { $auth }}, @{N = 'Id'; E = { $_.ObjectId }}
}
