# Get-AzureADUserRegisteredDevice -ObjectId: Get-MgUserRegisteredDeviceAsDevice -UserId (a UPN works in both)
Connect-AzureAD
$upn = 'adele@contoso.com'
Set-AzureADUser -ObjectId $upn -AccountEnabled $false
Get-AzureADUserRegisteredDevice -ObjectId $upn -All $true | Select-Object ObjectId
