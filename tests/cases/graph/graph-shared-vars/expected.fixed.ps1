# Objects that reach a variable through Out-GridView -PassThru or +=, and variables that also hold other values
Connect-MgGraph -NoWelcome  # signed in to Graph already: the exact calls are rewritten one by one
$picked = Get-MgServicePrincipal -All | Sort-Object DisplayName | Out-GridView -PassThru -Title 'Pick'
$sp = Get-MgServicePrincipal -ServicePrincipalId $picked.Id
$names = @()
foreach ($id in $ids) { $names += Get-MgUser -UserId $id -Property DisplayName, Id }
$names | Select-Object 'DisplayName', @{Name = 'ObjectId'; Expression = {$_.Id}}
# these need a person: the variable holds a string too
$mixed = 'none'
if ($lookup) { $mixed = Get-AzureADUser -ObjectId 'ada@contoso.com' }
Write-Host $mixed.ObjectId
$list = 'header'
foreach ($id in $ids) { $list += Get-AzureADGroup -ObjectId $id }
$list | Select-Object DisplayName, ObjectId
foreach ($g in $list) { $g.ObjectId }
# objects followed from variable to variable through Where-Object
$grants = Get-MgOauth2PermissionGrant -All | Where-Object { $_.ClientId -eq $spId }
$info = $grants | Where-Object { $_.ConsentType -eq 'Principal' }
$removes = $info | Select-Object 'Scope', 'ResourceId', @{Name = 'ObjectId'; Expression = {$_.Id}} | Out-GridView -PassThru
foreach ($grant in $info) { Write-Host $grant.Id }
# Select-Object * -ExpandProperty hands the user's properties on: not followed, a person decides
$rows = Get-AzureADUser -All $true | Select-Object * -ExpandProperty AssignedLicenses | Select-Object Mail, UserPrincipalName, SkuId
Get-MgUser -UserId $upn -Property DisplayName, Id | Select-Object -ExpandProperty DisplayName
# objects handed to a function of the script: its reads are followed (.ExtensionProperty needs a person)
function Show-Owner($owner) { Write-Host $owner.ExtensionProperty.Keys }
Get-AzureADUser -All $true | ForEach-Object { $u = $_; Show-Owner -owner $u }
# a variable assigned from two calls: each call answers for every read
if ($onlyListed) { $licensed = Get-MgUser -All -Property UserPrincipalName, DisplayName, Id | Where-Object { $_.UserPrincipalName -in $listed } }
else { $licensed = Get-MgUser -All -Property DisplayName, Id }
$licensed | ForEach-Object { $_.DisplayName }
if ($first) { $owner = Get-MgUser -UserId $a -Property Id } else { $owner = Get-MgUser -UserId $b -Property Id }
Write-Host $owner.Id
# two calls into one variable: a read is edited only when both are rewritten
if ($first) { $boss = Get-AzureADUser -ObjectId $a } else { $boss = Get-AzureADUser -ObjectId $b }
Write-Host $boss.ObjectId $boss.StrongAuthenticationMethods
# a method called on the objects: Graph objects have other methods
$me = Get-AzureADUser -ObjectId $upn
$me.ToJson()
