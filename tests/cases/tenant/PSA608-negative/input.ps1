param([switch]$Block)

# legacy authentication blocked
New-AuthenticationPolicy -Name 'Modern Only' -BlockLegacyAuthActiveSync -BlockLegacyAuthImap:$true
Set-AuthenticationPolicy -Identity 'Modern Only' -BlockLegacyAuthPop:$Block

# other switches turned off
Set-AuthenticationPolicy -Identity 'Modern Only' -BlockModernAuthImap:$false -AllowBasicAuthSmtp:$false
Set-AuthenticationPolicy -Identity 'LegacyExchangeTokens' -BlockLegacyExchangeTokens:$false

# a switch followed by a real positional argument
New-AuthenticationPolicy -BlockLegacyAuthRpc 'Rpc Only'

# text, comments and other cmdlets
# Set-AuthenticationPolicy -Identity x -BlockLegacyAuthRpc:$false
Write-Host "Set-AuthenticationPolicy -Identity x -BlockLegacyAuthRpc:`$false"
Set-Mailbox -Identity x -BlockLegacyAuthRpc:$false
