# Consent-grant review. Get-AzureADPSPermission is the team's own function (Graph-based, from the
# ConsentReview module the job imports before it runs this file), not a cmdlet of the AzureAD module;
# Get-AzureADServicePrincipal is the AzureAD cmdlet.
Connect-MgGraph -Scopes 'Application.Read.All' -NoWelcome
[array]$grants = Get-AzureADPSPermission -ShowProgress
$apps = Get-MgServicePrincipal -All | Select-Object DisplayName, AppId
Write-Output "$($grants.Count) grants for $($apps.Count) applications"
$apps | Export-Csv -Path .\apps.csv -NoTypeInformation
