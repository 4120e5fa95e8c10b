param([string]$TenantId, [string]$ClientId)

# form body with the secret written out
$form = "grant_type=client_credentials&client_id=$ClientId&client_secret=Xk8Q~a1b2c3d4e5f6g7h8&scope=https%3A%2F%2Fgraph.microsoft.com%2F.default"
Invoke-RestMethod -Method Post -Uri "https://login.microsoftonline.com/$TenantId/oauth2/v2.0/token" -Body $form

# hashtable built inside a function
function Get-AppToken {
    $body = @{
        grant_type    = 'client_credentials'
        client_id     = $ClientId
        client_secret = 'Xk8Q~a1b2c3d4e5f6g7h8'
        scope         = 'https://graph.microsoft.com/.default'
    }
    Invoke-RestMethod -Method Post -Uri "https://login.microsoftonline.com/$TenantId/oauth2/v2.0/token" -Body $body
}

# -ClientSecret through a variable that is not named like a secret
$appKey = 'Xk8Q~a1b2c3d4e5f6g7h8'
Connect-Vendor -Tenant $TenantId -ClientId $ClientId -ClientSecret $appKey
