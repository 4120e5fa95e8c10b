# Creates the demo users of a training tenant from users.csv.
$adminUser = "admin@fabrikamdemo.onmicrosoft.com"
$adminPass = ConvertTo-SecureString "Demo-Passw0rd!" -AsPlainText -Force
$credential = New-Object System.Management.Automation.PSCredential($adminUser, $adminPass)
Connect-MsolService -Credential $credential

foreach ($row in Import-Csv -Path .\users.csv) {
    New-MsolUser -UserPrincipalName $row.Upn -DisplayName $row.Name -Password $row.Password -UsageLocation US
}
