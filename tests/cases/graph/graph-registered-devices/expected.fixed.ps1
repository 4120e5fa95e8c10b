# Get-AzureADUserRegisteredDevice -ObjectId: Get-MgUserRegisteredDevice -UserId (a UPN works in both)
Connect-MgGraph -Scopes 'User.ReadWrite.All' -NoWelcome
$upn = 'adele@contoso.com'
Update-MgUser -UserId $upn -AccountEnabled:$false
Get-MgUserRegisteredDevice -UserId $upn -All | Select-Object @{Name = 'ObjectId'; Expression = {$_.Id}}
