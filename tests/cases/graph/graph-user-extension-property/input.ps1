# A directory extension value read from AzureAD's ExtensionProperty dictionary by a literal key:
# Graph returns it only when -Property names it (the v1.0 endpoint returns directory extensions
# only on $select), in the user's AdditionalProperties dictionary, under the same key
Connect-MgGraph -NoWelcome  # signed in to Graph already: the exact calls are rewritten one by one
$Users = Get-AzureADUser -All:$true
foreach ($User in $Users) {
    $Ext = $User | Select-Object -ExpandProperty ExtensionProperty
    if ($Ext.extension_fe2174665583431c953114ff7268b7b3_Education_ObjectType -like 'Student') {
        Write-Host "Student: $($User.DisplayName)"
    }
}
$one = Get-AzureADUser -ObjectId 'ada@contoso.com'
Write-Output $one.ExtensionProperty['extension_fe2174665583431c953114ff7268b7b3_Education_Grade']
Write-Output $one.ExtensionProperty.extension_fe2174665583431c953114ff7268b7b3_Education_Gender
