# Clearing secrets, copying non-secrets and certificate paths are fine.
$env:AZURE_CLIENT_SECRET = $null
$env:AZURE_CLIENT_SECRET = ''
Remove-Item env:AZURE_PASSWORD
$env:AZURE_CLIENT_CERTIFICATE_PATH = $certPath
$env:AZURE_TENANT_ID = $tenantId
$env:PATH += ";$toolDir"
$env:SVC_PASSWORD = $env:VAULT_SVC_PASSWORD
[Environment]::SetEnvironmentVariable('PASSWORD_POLICY', $policy)
$passwordFile = 'C:\secure\pw.txt'
$env:PASSWORD_FILE = $passwordFile
