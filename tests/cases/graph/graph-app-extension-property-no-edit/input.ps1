# Get-AzureADApplicationExtensionProperty where the definitions are used in ways psauth has no
# exact Graph form of: a property the map does not know, the objects shown whole by Format-Table.
# The file's migration is one unit: nothing is edited.
Connect-MgGraph -NoWelcome  # signed in to Graph already: the exact calls are rewritten one by one
$props = Get-AzureADApplicationExtensionProperty -ObjectId $appObjectId
foreach ($p in $props) { Write-Output $p.ObjectType }
Get-AzureADApplicationExtensionProperty -ObjectId $appObjectId | Format-Table
