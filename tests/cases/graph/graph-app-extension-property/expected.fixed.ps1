# Get-AzureADApplicationExtensionProperty -ObjectId <application object id> -> Get-MgApplicationExtensionProperty
# -ApplicationId (the migration page's only mapping), -All as AzureAD returned every definition;
# the definitions keep Name, DataType and TargetObjects, ObjectId is Id
Connect-MgGraph -NoWelcome  # signed in to Graph already: the exact calls are rewritten one by one
$app = Get-MgApplication -ApplicationId $appObjectId
$props = Get-MgApplicationExtensionProperty -ApplicationId $app.Id -All
foreach ($p in $props) { Write-Output "$($p.Name) $($p.DataType) $($p.Id)" }
Get-MgApplication -All | ForEach-Object { Get-MgApplicationExtensionProperty -ApplicationId $_.Id -All } | Select-Object Name, TargetObjects
