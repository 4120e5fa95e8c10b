# A script for a console signed in with AzureAD that checks the module by name: rewritten and given
# its own Connect-MgGraph, the guard would stop it, so the calls stay with a person
$ModulesLoaded = Get-Module | Select-Object Name
If (!($ModulesLoaded -match "AzureAD*")) { Write-Host "Please connect to the Azure AD module"; break }
$DisplayName = (Get-AzureADUser -ObjectId $upn).DisplayName
Write-Output $DisplayName
