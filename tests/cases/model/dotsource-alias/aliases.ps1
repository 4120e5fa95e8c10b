# Shared aliases, dot-sourced by the scripts that use them.
Set-Alias -Name cmsol -Value Connect-MsolService
New-Alias cexo Connect-ExchangeOnline
