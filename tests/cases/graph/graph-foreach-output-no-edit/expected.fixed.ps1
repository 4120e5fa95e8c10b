# The ForEach-Object writes other objects too (the role's name): its output is not only
# the members, so what Select-Object reads of it cannot be renamed; the call needs a person
Connect-AzureAD
$roles = Get-AzureADDirectoryRole
$roles | ForEach-Object { $_.DisplayName; Get-AzureADDirectoryRoleMember -ObjectId $_.ObjectId } | Select-Object ObjectId, DisplayName
$roles | ForEach-Object { Write-Output "Role: $($_.DisplayName)"; Get-AzureADDirectoryRoleMember -ObjectId $_.ObjectId } | Select-Object ObjectId
