# ConvertTo-SecureString 'Winter2024!' -AsPlainText -Force
Write-Host "ConvertTo-SecureString 'Winter2024!' -AsPlainText -Force"
# a DPAPI-encrypted standard string from a file: no -AsPlainText
$secure = Get-Content "$env:USERPROFILE\svc.txt" | ConvertTo-SecureString
# the secret from a vault
$vaulted = Get-Secret -Name 'svc-reports' -Vault 'CorpVault'
$prompted = Read-Host -Prompt 'Password' -AsSecureString
