# Set-AzureADUserPassword -> Update-MgUser -PasswordProfile: Graph takes the password as plain text, so the SecureString is converted
Connect-AzureAD
$rows = Import-Csv .\passwords.csv
foreach ($row in $rows) {
  $secure = ConvertTo-SecureString $row.Password -AsPlainText -Force
  Set-AzureADUserPassword -ObjectId $row.ObjectId -Password $secure -ForceChangePasswordNextLogin ([bool]([int]1))
}
