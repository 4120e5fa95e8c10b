# Get-Date(Get-AzureADUser ...).RefreshTokensValidFromDateTime: in a command argument the grammar
# drops the member read after the parentheses, so it would stay unrenamed (Graph:
# SignInSessionsValidFromDateTime) and read nothing: nothing is edited
Connect-AzureAD
$since = Get-Date(Get-AzureADUser -ObjectId 'adele@contoso.com').RefreshTokensValidFromDateTime -Format g
Write-Output $since
