param([string]$ClientSecret)
$env:AZURE_CLIENT_ID = '00000000-0000-0000-0000-000000000001'
$env:AZURE_CLIENT_SECRET = $ClientSecret
$pw = Read-Host -Prompt 'Password'
$env:SVC_PASSWORD = $pw
$secret = Get-Content -Path .\secret.txt -Raw
[Environment]::SetEnvironmentVariable('APP_SECRET', $secret, 'Process')
Set-Item env:\BACKUP_PWD -Value (Get-Secret -Name backup -AsPlainText)
