# Exports every user for the profile wizard; signs in when needed.
$TempFile = Join-Path $env:TEMP 'users.csv'
try
{
    Get-AzureADUser -All $true | Select-Object DisplayName, UserPrincipalName | Export-Csv -Path $TempFile -NoTypeInformation
}
catch [Microsoft.Open.Azure.AD.CommonLibrary.AadNeedAuthenticationException]
{
    # Connect to Azure AD. This shows a prompt.
    Connect-AzureAD | Out-Null
    Get-AzureADUser -All $true | Select-Object DisplayName, UserPrincipalName | Export-Csv -Path $TempFile -NoTypeInformation
}
Write-Host "Users written to $TempFile"
