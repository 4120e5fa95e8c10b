$secure = ConvertTo-SecureString -String $env:SVC_PASSWORD -AsPlainText -Force
Set-ServiceAccount -Name 'svc-sync' -Password $env:SYNC_PWD
$apiSecret = $env:API_CLIENT_SECRET
Invoke-MyApi -Uri 'https://api.contoso.com' -Secret $apiSecret
$pw = [System.Environment]::GetEnvironmentVariable('EXO_ADMIN_PASSWORD')
Set-ServiceAccount -Name 'svc-exo' -Password $pw
