# An ADAL token helper given the user's password.
$token = Get-ADALAccessToken -AuthorityName contoso.onmicrosoft.com -ClientId $ClientId `
    -ResourceId https://graph.microsoft.com -UserName $User -Password $Password
