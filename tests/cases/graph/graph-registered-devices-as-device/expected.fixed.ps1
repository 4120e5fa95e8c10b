# Graph returns a user's registered devices as directory objects (details in AdditionalProperties);
# Get-MgUserRegisteredDeviceAsDevice returns them as devices, whose properties need Device.Read.All.
Connect-MgGraph -Scopes 'Device.Read.All', 'User.Read.All' -NoWelcome
Get-MgUserRegisteredDeviceAsDevice -UserId 'adele@contoso.com' | ForEach-Object { $_.OperatingSystem }
