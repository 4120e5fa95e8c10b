# A script-local function of the same name is not the Exchange cmdlet.
function Set-OrganizationConfig {
    param($OAuth2ClientProfileEnabled)
    "would set OAuth2ClientProfileEnabled to $OAuth2ClientProfileEnabled"
}
Set-OrganizationConfig -OAuth2ClientProfileEnabled $false
