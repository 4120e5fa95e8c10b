# Turns restricted search mode on for the tenant (fill in the admin URL).
Connect-SPOService -Url  -Credential admin@contoso.com

Set-SPOTenantRestrictedSearchMode -Mode Enabled
Get-SPOTenantRestrictedSearchMode
