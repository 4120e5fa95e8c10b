# Azure Automation runbook
$exo = Get-AutomationPSCredential -Name 'ExchangeAdmin'
Connect-ExchangeOnline -Credential $exo -ShowBanner:$false
Invoke-Command -ComputerName 'srv01' -Credential $exo -ScriptBlock { Get-Service }

$unused = Get-AutomationPSCredential 'SmtpAccount'

# rebuilt from the asset's parts
$teamsAsset = Get-AutomationPSCredential -Name 'TeamsAdmin'
$teamsCred = New-Object System.Management.Automation.PSCredential ($teamsAsset.UserName, $teamsAsset.Password)
Connect-MicrosoftTeams -Credential $teamsCred
