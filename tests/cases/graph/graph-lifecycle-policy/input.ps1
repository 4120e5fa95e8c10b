# Get-AzureADMSLifecyclePolicyGroup -Id <group id>: the group's lifecycle policies; Microsoft
# Entra PowerShell sends Get-MgGroupLifecyclePolicyByGroup -GroupId for it
Connect-AzureAD
$groups = Get-AzureADMSGroup -All $true
$groups | Where-Object { -not (Get-AzureADMSLifecyclePolicyGroup -Id $_.Id) } | Select-Object DisplayName
