# Tenant hardening script that someone "fixed" for an old Outlook client.
Set-OrganizationConfig -OAuth2ClientProfileEnabled $false

# the -Name:value form and an abbreviated parameter name with a number
Set-OrganizationConfig -OAuth2ClientProfileEnabled:$false
Set-OrganizationConfig -OAuth2 0

# the value through a variable, module-qualified name
$modernAuth = $false
ExchangeOnlineManagement\Set-OrganizationConfig -OAuth2ClientProfileEnabled $modernAuth

# splatted
$orgSettings = @{
    OAuth2ClientProfileEnabled = $false
    AuditDisabled              = $false
}
Set-OrganizationConfig @orgSettings
