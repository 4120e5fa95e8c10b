# Bearer tokens
$headers = @{ Authorization = "Bearer $token"; 'Content-Type' = 'application/json' }
Invoke-RestMethod -Uri 'https://graph.microsoft.com/v1.0/me' -Headers $headers
$http = [System.Net.Http.HttpClient]::new()
$http.DefaultRequestHeaders.Authorization = [System.Net.Http.Headers.AuthenticationHeaderValue]::new('Bearer', $token)

# the word Basic elsewhere, and an empty Basic value
$h = @{ Authorization = 'Basic ' ; 'X-Mode' = "Basic $mode" }
Write-Host "Authorization: Basic $b64"
# Authorization = "Basic $b64"
