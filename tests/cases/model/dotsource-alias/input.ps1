# Aliases defined with Set-Alias/New-Alias in a dot-sourced file; an alias
# from a profile (ctss) cannot be known and stays an unknown command.
. "$PSScriptRoot\aliases.ps1"
cmsol -Credential $Credential
cexo -Credential $Credential
ctss -Credential $Credential
