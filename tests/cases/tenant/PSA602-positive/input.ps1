# Authentication policy for the scanner and the old ActiveSync devices.
New-AuthenticationPolicy -Name 'Allow Basic SMTP' -AllowBasicAuthSmtp

# switches with explicit values; -AllowBasicAuthPop:$false is off
Set-AuthenticationPolicy 'Legacy Devices' -AllowBasicAuthActiveSync:$true -AllowBasicAuthImap -AllowBasicAuthPop:$false

# splatted, with the value through a variable
$on = $true
$policy = @{
    Identity             = 'Legacy Devices'
    AllowBasicAuthSmtp   = $on
    AllowBasicAuthRpc    = $true
}
Set-AuthenticationPolicy @policy
