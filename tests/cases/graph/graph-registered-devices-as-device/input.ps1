# Graph returns a user's registered devices as directory objects (details in AdditionalProperties);
# Get-MgUserRegisteredDeviceAsDevice returns them as devices, whose properties need Device.Read.All.
Connect-AzureAD
Get-AzureADUserRegisteredDevice -ObjectId 'adele@contoso.com' | ForEach-Object { $_.DeviceOSType }
