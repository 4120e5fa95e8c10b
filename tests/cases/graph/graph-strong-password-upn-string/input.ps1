# New starter: the account is named by a string built from variables only, which the password
# policy helper may evaluate a second time to the same text
param(
    [Parameter(Mandatory)][string]$Alias,
    [string]$Domain = 'contoso.com'
)
Connect-MsolService
Set-MsolUser -UserPrincipalName "$Alias@$Domain" -StrongPasswordRequired $true
Write-Output "Strong passwords required for $Alias@$Domain"
