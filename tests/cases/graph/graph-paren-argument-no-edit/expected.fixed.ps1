# Get-Date(Get-AzureADUser ...).X.Y / (...).X[0] / (...).X(): in a command argument the grammar drops what
# follows the parentheses; psauth renames a plain name there (case graph-paren-member), but not a deeper
# member, an index or a method call, which would stay unrenamed and read nothing: nothing is edited
Connect-AzureAD
$since = Get-Date(Get-AzureADUser -ObjectId 'adele@contoso.com').RefreshTokensValidFromDateTime.ToUniversalTime() -Format g
Write-Output $since
Write-Output(Get-AzureADUser -ObjectId 'adele@contoso.com').OtherMails[0]
