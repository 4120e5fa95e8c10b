# the key lives in a file with its own ACL, not in the script
$Key = Get-Content 'C:\Keys\svc.key'
$secure = Get-Content 'C:\Scripts\svc.enc' | ConvertTo-SecureString -Key $Key
# DPAPI (no key)
$enc = ConvertFrom-SecureString -SecureString $secure
Write-Host 'ConvertTo-SecureString -Key (1,2,3,4)'
