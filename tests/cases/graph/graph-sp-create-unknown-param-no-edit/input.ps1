# New-AzureADServicePrincipal has no -ApplicationId (that is Az's New-AzADServicePrincipal;
# AzureAD's is -AppId): the line never ran as written, so a person corrects it
Connect-AzureAD
$graphSp = Get-AzureADServicePrincipal -Filter "appId eq '00000003-0000-0000-c000-000000000000'"
if (-not $graphSp) {
    New-AzureADServicePrincipal -ApplicationId '00000003-0000-0000-c000-000000000000' | Out-Null
}
