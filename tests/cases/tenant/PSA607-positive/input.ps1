param([string]$ScannerPolicy = 'Scanner SMTP')

# a policy for the scanners, assigned to one user and as the default
New-AuthenticationPolicy -Name 'Allow Basic SMTP' -AllowBasicAuthSmtp
Set-User -Identity scanner@contoso.com -AuthenticationPolicy 'allow basic smtp'
Set-OrganizationConfig -DefaultAuthenticationPolicy 'Allow Basic SMTP'

# positional policy name, a variable, an abbreviation and the pipeline
$legacy = 'Legacy Devices'
Set-AuthenticationPolicy $legacy -AllowBasicAuthActiveSync -AllowBasicAuthPop:$true
Get-User -Filter "Department -eq 'Warehouse'" | Set-User -AuthenticationPol $legacy

# splatted
$assign = @{ Identity = 'printer@contoso.com'; AuthenticationPolicy = 'Legacy Devices' }
Set-User @assign

# the same script parameter names both
New-AuthenticationPolicy $ScannerPolicy -AllowBasicAuthSmtp
Set-User printer2@contoso.com -AuthenticationPolicy $ScannerPolicy
