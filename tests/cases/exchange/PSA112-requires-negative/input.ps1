#Requires -Modules ExchangeOnlineManagement
#Requires -Modules @{ModuleName='ExchangeOnlineManagement'; ModuleVersion='2.0.5'}
#Requires -Modules @{ModuleName='ExchangeOnlineManagement'; RequiredVersion='3.2.0'}
#Requires -Modules @{ModuleName='ExchangeOnlineManagement'; ModuleVersion='3.0.0'; MaximumVersion='3.9.9'}
#Requires -Modules @{ModuleName='MicrosoftTeams'; RequiredVersion='2.0.0'}
#Requires -Version 2.0
# Requires -Modules @{ModuleName='ExchangeOnlineManagement'; RequiredVersion='2.0.5'}
$help = "#Requires -Modules @{ModuleName='ExchangeOnlineManagement'; RequiredVersion='2.0.5'}"
$here = @'
#Requires -Modules @{ModuleName='ExchangeOnlineManagement'; RequiredVersion='2.0.5'}
'@
Get-Mailbox
