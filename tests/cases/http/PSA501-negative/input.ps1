# Bearer token from app-only authentication
$token = (Get-AzAccessToken -ResourceUrl 'https://graph.microsoft.com' -AsSecureString).Token
Invoke-RestMethod -Uri 'https://graph.microsoft.com/v1.0/users' -Authentication Bearer -Token $token

# OAuth
Invoke-WebRequest -Uri 'https://api.contoso.com/v2/tickets' -Authentication OAuth -Token $token

# only printed
Write-Host 'Invoke-RestMethod -Authentication Basic is not allowed here'
