# The same read as an expression of its own: the model sees it, and it is renamed
Connect-AzureAD
$since = Get-Date ((Get-AzureADUser -ObjectId 'adele@contoso.com').RefreshTokensValidFromDateTime) -Format g
Write-Output $since
