# Connects the admin console to the tenant's services.
Import-Module AzureAD
$cred = Get-Credential -Message 'Tenant administrator'

# Teams and Skype for Business policies
Import-Module SkypeOnlineConnector
$csSession = New-CsOnlineSession -Credential $cred -Verbose
Import-PSSession $csSession -AllowClobber | Out-Null
Get-CsOnlineUser -Identity 'frontdesk@contoso.com' | Select-Object DisplayName, TeamsUpgradeEffectiveMode

# Exchange Online
Connect-ExchangeOnline -Credential $cred -ShowBanner:$false
Remove-PSSession $csSession
