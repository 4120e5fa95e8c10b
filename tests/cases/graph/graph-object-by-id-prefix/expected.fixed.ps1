# -ObjectId is PowerShell's prefix of Get-AzureADObjectByObjectId's only id parameter
# (-ObjectIds; the reference lists -ObjectIds and -Types): Get-MgDirectoryObjectById -Ids
param([string[]]$Ids)

Connect-MgGraph -Scopes 'Directory.Read.All' -NoWelcome
foreach ($id in $Ids) {
    $obj = Get-MgDirectoryObjectById -Ids $id
    Write-Output "$id -> $($obj.Id)"
}
