$cred = Import-Clixml -Path 'C:\Jobs\aad.xml'
$users = Import-Csv .\users.csv
foreach ($u in $users) {
    Connect-AzureAD -Credential $cred | Out-Null
    Set-AzureADUser -ObjectId $u.UserPrincipalName -Department $u.Department
    Disconnect-AzureAD
}
