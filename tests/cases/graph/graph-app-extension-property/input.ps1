# Get-AzureADApplicationExtensionProperty -ObjectId <application object id> -> Get-MgApplicationExtensionProperty
# -ApplicationId (the migration page's only mapping), -All as AzureAD returned every definition;
# the definitions keep Name, DataType and TargetObjects, ObjectId is Id
Connect-MgGraph -NoWelcome  # signed in to Graph already: the exact calls are rewritten one by one
$app = Get-AzureADApplication -ObjectId $appObjectId
$props = Get-AzureADApplicationExtensionProperty -ObjectId $app.ObjectId
foreach ($p in $props) { Write-Output "$($p.Name) $($p.DataType) $($p.ObjectId)" }
Get-AzureADApplication -All $true | Get-AzureADApplicationExtensionProperty | Select-Object Name, TargetObjects
