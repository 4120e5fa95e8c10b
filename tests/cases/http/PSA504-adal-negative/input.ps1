# Interactive (no password) and a different helper: no password grant.
$token = Get-ADALAccessToken -AuthorityName contoso.onmicrosoft.com -ClientId $ClientId -ResourceId https://graph.microsoft.com -UserName $User
$other = Get-AccessToken -UserName $User -Password $Password
