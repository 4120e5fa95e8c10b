# Sign in to Azure AD (first tenant)
$cred = Get-Credential
Connect-AzureAD -Credential $cred
Get-AzureADUser -Top 5

# Sign in again after switching accounts
$cred = Get-Credential
Connect-AzureAD -Credential $cred
Get-AzureADUser -Top 5
