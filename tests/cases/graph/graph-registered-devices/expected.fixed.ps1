# Get-AzureADUserRegisteredDevice -ObjectId: Get-MgUserRegisteredDeviceAsDevice -UserId (a UPN works in both)
Connect-MgGraph -Scopes 'Device.Read.All', 'User.EnableDisableAccount.All', 'User.Read.All' -NoWelcome
$upn = 'adele@contoso.com'
Update-MgUser -UserId $upn -AccountEnabled:$false
Get-MgUserRegisteredDeviceAsDevice -UserId $upn -All | Select-Object @{Name = 'ObjectId'; Expression = {$_.Id}}
