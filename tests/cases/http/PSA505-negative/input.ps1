param([string]$TenantId, [string]$ClientId)

# secret from a vault, placeholders, and a secret in a variable
$secret = Get-Secret -Name 'graph-app' -AsPlainText
$body = @{ grant_type = 'client_credentials'; client_id = $ClientId; client_secret = $secret }
Invoke-RestMethod -Method Post -Uri "https://login.microsoftonline.com/$TenantId/oauth2/v2.0/token" -Body $body
$form = "grant_type=client_credentials&client_id=$ClientId&client_secret=$secret"
Invoke-RestMethod -Method Post -Uri "https://login.microsoftonline.com/$TenantId/oauth2/v2.0/token" -Body $form
$template = 'client_secret=<your-client-secret>'
Write-Host "Set client_secret=abc123 in the config"
