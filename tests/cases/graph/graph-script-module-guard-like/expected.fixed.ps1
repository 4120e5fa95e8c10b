# The module guard written with -like "*AzureAD*": rewritten and given its own Connect-MgGraph, the
# script would stop at the guard, so the calls stay with a person
$ModulesLoaded = Get-Module | Select-Object Name
If (!($ModulesLoaded -like "*AzureAD*")) { Write-Host "Please connect to the Azure AD module"; break }
$DisplayName = (Get-AzureADUser -ObjectId $upn).DisplayName
Write-Output $DisplayName
