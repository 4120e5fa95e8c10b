# Creates the demo users of a training tenant from users.csv.
$AdminUser = "admin@contoso.onmicrosoft.com"
$Password = ConvertTo-SecureString -String "Training2019!" -AsPlainText -Force
$Credential = New-Object -TypeName System.Management.Automation.PSCredential -ArgumentList $AdminUser, $Password

# Microsoft Online (two tries, the first one often times out)
Import-Module MSOnline
Connect-MsolService -Credential $Credential; Connect-MsolService -Credential $Credential

# SharePoint Online

Import-Csv .\users.csv | ForEach-Object {
    New-MsolUser -DisplayName $_.DisplayName -UserPrincipalName $_.UserPrincipalName -UsageLocation $_.UsageLocation -Password "Welcome2019!" -PasswordNeverExpires:$true
}

