# -ObjectId is PowerShell's prefix of Get-AzureADObjectByObjectId's only id parameter
# (-ObjectIds; the reference lists -ObjectIds and -Types): Get-MgDirectoryObjectById -Ids
param([string[]]$Ids)

Connect-AzureAD
foreach ($id in $Ids) {
    $obj = Get-AzureADObjectByObjectId -ObjectId $id
    Write-Output "$id -> $($obj.ObjectId)"
}
