param([string]$Policy)

# policies that block basic authentication
New-AuthenticationPolicy -Name 'Block Basic Auth'
Set-AuthenticationPolicy -Identity 'Block Basic Auth' -AllowBasicAuthSmtp:$false
Set-OrganizationConfig -DefaultAuthenticationPolicy 'Block Basic Auth'
Set-User -Identity jdoe@contoso.com -AuthenticationPolicy 'Block Basic Auth'

# a policy that allows basic authentication, but another one is assigned
New-AuthenticationPolicy -Name 'Allow Basic SMTP' -AllowBasicAuthSmtp
Set-User -Identity scanner@contoso.com -AuthenticationPolicy 'Allow Basic SMTP (old)'

# policies not defined in this file, not known, or removed
Set-User -Identity kiosk@contoso.com -AuthenticationPolicy 'Defined Elsewhere'
Set-User -Identity kiosk2@contoso.com -AuthenticationPolicy $Policy
Set-User -Identity kiosk3@contoso.com -AuthenticationPolicy $null

# a variable that names two policies
$p = 'Allow Basic SMTP'
$p = Read-Host 'Policy'
Set-User -Identity kiosk4@contoso.com -AuthenticationPolicy $p

# text and comments
# Set-User -Identity x -AuthenticationPolicy 'Allow Basic SMTP'
Write-Host "Set-OrganizationConfig -DefaultAuthenticationPolicy 'Allow Basic SMTP'"
