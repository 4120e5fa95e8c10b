# TODO(psauth): app-only, certificate-based sign-in for the rewritten connections.
# Fill in your Entra ID app registration and its certificate; the placeholders
# fail until then. Grant the app (application permissions, admin consent):
#   Microsoft Graph: Directory.Read.All, Domain.Read.All, GroupMember.Read.All, Organization.Read.All
$AppId = '<app-id>'
$Organization = '<tenant>.onmicrosoft.com'
$CertificateThumbprint = '<certificate-thumbprint>'

# Tenant inventory, unattended (password from a file)
Import-Module Microsoft.Graph.Authentication, Microsoft.Graph.Groups, Microsoft.Graph.Identity.DirectoryManagement
Connect-MgGraph -CertificateThumbprint $CertificateThumbprint -ClientId $AppId -TenantId $Organization -NoWelcome
$company = Get-MgOrganization
Write-Output "Tenant: $($company.DisplayName) ($($company.Id)), dir sync: $($company.OnPremisesSyncEnabled)"
foreach ($sku in Get-MgSubscribedSku -All) {
    Write-Output "$($sku.SkuPartNumber): $($sku.ConsumedUnits) of $($sku.PrepaidUnits.Enabled)"
}
Get-MgDomain | Where-Object { $_.IsDefault } | Select-Object @{Name = 'Name'; Expression = {$_.Id}}, @{Name = 'Authentication'; Expression = {$_.AuthenticationType}}
$groups = Get-MgGroup -All
foreach ($g in $groups) {
    $members = Get-MgGroupMember -GroupId $g.Id -All
    $members | Select-Object @{Name = 'DisplayName'; Expression = {$_.AdditionalProperties.displayName}}, @{Name = 'EmailAddress'; Expression = {$_.AdditionalProperties.mail}} | Export-Csv "$($g.DisplayName).csv"
}
$admins = Get-MgDirectoryRoleMember -DirectoryRoleId '62e90394-69f5-4237-9190-012177145e10' -Top 250
$admins | ForEach-Object { $_.AdditionalProperties.mail }
Get-MgContract -All | Select-Object @{Name = 'Name'; Expression = {$_.DisplayName}}, 'DefaultDomainName', @{Name = 'TenantId'; Expression = {$_.CustomerId}}
