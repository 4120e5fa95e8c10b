param([string]$TenantId, [string]$ClientId, [string]$Assertion)

# client credentials with a certificate assertion
$body = @{
    grant_type            = 'client_credentials'
    client_id             = $ClientId
    client_assertion_type = 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer'
    client_assertion      = $Assertion
    scope                 = 'https://graph.microsoft.com/.default'
}
Invoke-RestMethod -Method Post -Uri "https://login.microsoftonline.com/$TenantId/oauth2/v2.0/token" -Body $body

# refresh token grant, and the words in a message
$refresh = "grant_type=refresh_token&client_id=$ClientId&refresh_token=$rt"
Invoke-RestMethod -Method Post -Uri "https://login.microsoftonline.com/$TenantId/oauth2/v2.0/token" -Body $refresh
Write-Warning 'grant_type=password is not allowed any more'
