param([switch]$AllowSmtp)

# New-AuthenticationPolicy -Name 'x' -AllowBasicAuthSmtp
Write-Host "Old guidance: New-AuthenticationPolicy -Name 'x' -AllowBasicAuthSmtp"

# a policy that blocks basic authentication
New-AuthenticationPolicy -Name 'Block Basic Auth'
Set-AuthenticationPolicy -Identity 'Block Basic Auth' -AllowBasicAuthSmtp:$false -AllowBasicAuthImap:$false
New-AuthenticationPolicy -Name 'Block Legacy' -BlockLegacyAuthImap -BlockLegacyAuthPop
Set-OrganizationConfig -DefaultAuthenticationPolicy 'Block Basic Auth'

# not known statically
Set-AuthenticationPolicy -Identity 'Scanner' -AllowBasicAuthSmtp:$AllowSmtp
