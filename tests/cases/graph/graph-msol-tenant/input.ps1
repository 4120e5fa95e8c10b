# Tenant inventory, unattended (password from a file)
$password = Get-Content 'C:\secure\pw.txt' | ConvertTo-SecureString
$cred = New-Object System.Management.Automation.PSCredential('svc@contoso.com', $password)
Import-Module MSOnline
Connect-MsolService -Credential $cred
$company = Get-MsolCompanyInformation
Write-Output "Tenant: $($company.DisplayName) ($($company.ObjectId)), dir sync: $($company.DirectorySynchronizationEnabled)"
foreach ($sku in Get-MsolAccountSku) {
    Write-Output "$($sku.SkuPartNumber): $($sku.ConsumedUnits) of $($sku.ActiveUnits)"
}
Get-MsolDomain | Where-Object { $_.IsDefault } | Select-Object Name, Authentication
$groups = Get-MsolGroup -All
foreach ($g in $groups) {
    $members = Get-MsolGroupMember -GroupObjectId $g.ObjectId -All
    $members | Select-Object DisplayName, EmailAddress | Export-Csv "$($g.DisplayName).csv"
}
$admins = Get-MsolRoleMember -RoleObjectId '62e90394-69f5-4237-9190-012177145e10'
$admins | ForEach-Object { $_.EmailAddress }
Get-MsolPartnerContract -All | Select-Object Name, DefaultDomainName, TenantId
