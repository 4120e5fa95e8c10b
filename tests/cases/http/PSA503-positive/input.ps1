# plain http with credentials
Invoke-RestMethod -Uri 'http://intranet.contoso.com/api/items' -Credential $cred -AllowUnencryptedAuthentication

# abbreviated, alias, splatted
iwr 'http://intranet.contoso.com/report' -Credential $cred -AllowUnencryptedAuth
$opts = @{ Uri = 'http://intranet.contoso.com/api'; AllowUnencryptedAuthentication = $true; Token = $token; Authentication = 'Bearer' }
Invoke-RestMethod @opts
