# Calls the directory's REST endpoint with the AzureAD module's token.
Import-Module AzureAD
if ($null -eq [Microsoft.Open.Azure.AD.CommonLibrary.AzureSession]::AccessTokens) {
    Connect-AzureAD
}
$token = [Microsoft.Open.Azure.AD.CommonLibrary.AzureSession]::AccessTokens['AccessToken'].AccessToken
$headers = @{ Authorization = "Bearer $token" }
Get-AzureADUser -All $true | Select-Object DisplayName, UserPrincipalName
