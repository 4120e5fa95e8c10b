# The devices come back as directory objects in Graph (their details in AdditionalProperties),
# so a read of a device property has no exact rewrite: nothing is edited.
Connect-AzureAD
Get-AzureADUserRegisteredDevice -ObjectId 'adele@contoso.com' | ForEach-Object { $_.DeviceOSType }
