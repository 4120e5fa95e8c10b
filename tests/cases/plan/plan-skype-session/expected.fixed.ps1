# Connects the admin console to the tenant's services.
Import-Module AzureAD

# Teams and Skype for Business policies
Import-Module MicrosoftTeams
Connect-MicrosoftTeams -Verbose
Get-CsOnlineUser -Identity 'frontdesk@contoso.com' | Select-Object DisplayName, TeamsUpgradeEffectiveMode

# Exchange Online
Connect-ExchangeOnline -ShowBanner:$false
Disconnect-MicrosoftTeams
