# Tokens from a certificate assertion or from elsewhere; certificate sign-in.
$body = @{
    grant_type            = 'client_credentials'
    client_id             = $AppId
    client_assertion_type = 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer'
    client_assertion      = $jwt
    scope                 = 'https://graph.microsoft.com/.default'
}
$graphToken = (Invoke-RestMethod -Uri "https://login.microsoftonline.com/$TenantId/oauth2/v2.0/token" -Method POST -Body $body).access_token
Connect-MicrosoftTeams -AccessTokens @($graphToken, $teamsToken)
Connect-MicrosoftTeams -CertificateThumbprint $Thumb -ApplicationId $AppId -TenantId $TenantId
