# Consent-grant review. Get-AzureADPSPermission is the team's own function (Graph-based, from the
# ConsentReview module the job imports before it runs this file), not a cmdlet of the AzureAD module;
# Get-AzureADServicePrincipal is the AzureAD cmdlet.
Connect-AzureAD
[array]$grants = Get-AzureADPSPermission -ShowProgress
$apps = Get-AzureADServicePrincipal -All $true | Select-Object DisplayName, AppId
Write-Output "$($grants.Count) grants for $($apps.Count) applications"
$apps | Export-Csv -Path .\apps.csv -NoTypeInformation
