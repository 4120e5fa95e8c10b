param([bool]$EnableModernAuth)

# Set-OrganizationConfig -OAuth2ClientProfileEnabled $false   (old value, kept for reference)
Write-Host 'Never run Set-OrganizationConfig -OAuth2ClientProfileEnabled $false'
Set-OrganizationConfig -OAuth2ClientProfileEnabled $true
Set-OrganizationConfig -OAuth2ClientProfileEnabled:$true -AuditDisabled $false
# not known statically: the caller decides
Set-OrganizationConfig -OAuth2ClientProfileEnabled $EnableModernAuth
