Connect-MsolService -AzureEnvironment AzureCloud
$user = Get-MsolUser -UserPrincipalName 'adele@contoso.com'
Write-Output $user.DisplayName
