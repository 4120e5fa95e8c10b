# Set-AzureADUserPassword -> Update-MgUser -PasswordProfile: Graph takes the password as plain text, so the SecureString is converted
Connect-MgGraph -Scopes 'User-PasswordProfile.ReadWrite.All' -NoWelcome
$rows = Import-Csv .\passwords.csv
foreach ($row in $rows) {
  $secure = ConvertTo-SecureString $row.Password -AsPlainText -Force
  Update-MgUser -UserId $row.ObjectId -PasswordProfile @{Password = ([System.Net.NetworkCredential]::new('', $secure).Password); ForceChangePasswordNextSignIn = ([bool]([int]1))}
}
