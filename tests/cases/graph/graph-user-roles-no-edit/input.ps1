# MSOnline's role ObjectId was the role template id; in Graph the listed role's Id is the
# activated role's own id (the template id is AdditionalProperties.roleTemplateId): a person
# decides which one the script compares. IsSystem has no Graph equivalent.
Connect-MsolService
$globalAdminTemplate = '62e90394-69f5-4237-9190-012177145e10'
foreach ($user in Get-MsolUser -All) {
    $roles = Get-MsolUserRole -ObjectId $user.ObjectId
    if ($roles.ObjectId -contains $globalAdminTemplate) {
        Write-Output "$($user.UserPrincipalName) is a Global Administrator"
    }
    Get-MsolUserRole -UserPrincipalName $user.UserPrincipalName | Where-Object { -not $_.IsSystem } | Select-Object Name
}
