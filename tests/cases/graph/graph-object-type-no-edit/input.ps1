# ObjectType compared with ServicePrincipal: no Microsoft source pairs that legacy value with a Graph
# type name, so the call needs a person (nothing is edited)
Connect-AzureAD
$roleId = '9f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a'
$apps = Get-AzureADDirectoryRoleMember -ObjectId $roleId | Where-Object { $_.ObjectType -eq 'ServicePrincipal' }
Write-Output "$($apps.Count) service principals hold the role"
