# Azure.Identity reads these when Connect-MgGraph -EnvironmentVariable runs.
$env:AZURE_CLIENT_ID = '00000000-0000-0000-0000-000000000001'
$env:AZURE_CLIENT_SECRET = 'q8Z~example-secret-value'
${env:SMTP_PASSWORD} = "Summer2024!"
[Environment]::SetEnvironmentVariable('BACKUP_PWD', 'Pa55w0rd', 'User')
[System.Environment]::SetEnvironmentVariable("AZURE_PASSWORD", 'Winter2025!')
Set-Item -Path env:APP_SECRET -Value 'abc123def456'
Connect-MgGraph -EnvironmentVariable
