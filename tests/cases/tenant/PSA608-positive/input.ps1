# Exchange Server 2019: let the old ActiveSync devices use legacy authentication
Set-AuthenticationPolicy -Identity 'Legacy Devices' -BlockLegacyAuthActiveSync:$false

# several switches, one through a variable, one still blocked
$allow = $false
New-AuthenticationPolicy -Name 'Branch Office' -BlockLegacyAuthImap:$allow -BlockLegacyAuthPop:$false `
    -BlockLegacyAuthMapi

# splatted
$policy = @{
    Identity                    = 'Branch Office'
    BlockLegacyAuthWebServices  = $false
    BlockLegacyAuthAutodiscover = 0
}
Set-AuthenticationPolicy @policy

# a space instead of the colon: the switch is on, $false goes elsewhere
Set-AuthenticationPolicy -Identity 'Research' -BlockLegacyAuthRpc $false
Set-AuthenticationPolicy -BlockLegacyAuthOfflineAddressBook $false
