param([string]$TenantId, [string]$ClientId, [string]$UserName, [string]$UserPassword)

# token request body in a hashtable variable
$body = @{
    grant_type = 'password'
    client_id  = $ClientId
    username   = $UserName
    password   = $UserPassword
    scope      = 'https://graph.microsoft.com/.default'
}
$token = Invoke-RestMethod -Method Post -Uri "https://login.microsoftonline.com/$TenantId/oauth2/v2.0/token" -Body $body

# form-encoded string body, alias irm
$user = $UserName
$pass = $UserPassword
irm "https://login.microsoftonline.com/$TenantId/oauth2/token" -Method Post -Body "grant_type=password&client_id=$ClientId&username=$user&password=$pass&resource=https://outlook.office365.com"

# built up entry by entry inside a function
function Get-UserToken {
    $form = @{}
    $form.Add('grant_type', 'password')
    $form['client_id'] = $ClientId
    Invoke-WebRequest -Uri $script:TokenUrl -Method Post -Body $form
}
