# Get-AzureADMSLifecyclePolicyGroup -Id <group id>: the group's lifecycle policies; Microsoft
# Entra PowerShell sends Get-MgGroupLifecyclePolicyByGroup -GroupId for it
Connect-MgGraph -Scopes 'Directory.Read.All', 'GroupMember.Read.All' -NoWelcome
$groups = Get-MgGroup -All
$groups | Where-Object { -not (Get-MgGroupLifecyclePolicyByGroup -GroupId $_.Id) } | Select-Object DisplayName
