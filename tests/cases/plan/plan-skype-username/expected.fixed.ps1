# Lists the Teams dial plans of the tenant.
$AdminUpn = Read-Host "Admin UPN"

Import-Module MicrosoftTeams
Connect-MicrosoftTeams -AccountId $AdminUpn

Get-CsTenantDialPlan | Format-Table Identity, SimpleName, NormalizationRules

Disconnect-MicrosoftTeams
