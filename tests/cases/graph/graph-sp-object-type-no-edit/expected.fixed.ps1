# An application's ObjectType: no Microsoft page shows the AzureAD value for applications, so
# the read stays with a person (the service principal's alone would be rewritten).
Connect-AzureAD
Get-AzureADApplication -All $true | Select-Object ObjectId, DisplayName, ObjectType | Export-Csv .\Apps.csv -NoTypeInformation
Get-AzureADServicePrincipal -All $true | Select-Object ObjectId, DisplayName, ObjectType | Export-Csv .\Sps.csv -NoTypeInformation
