# Select-Object *, with -ExcludeProperty, hands every property on: Export-Csv would write
# Graph's device properties as columns, so the call needs a person (the calculated
# property's read alone would be renamed)
Connect-AzureAD
$hash_Stale = @{Name = "Stale"; Expression = { (New-TimeSpan $_.ApproximateLastLogonTimeStamp (Get-Date)).Days -gt 365 }}
Get-AzureADDevice -All $true | Select-Object $hash_Stale, * -ExcludeProperty DevicePhysicalIds, AlternativeSecurityIds | Export-Csv devices.csv -NoTypeInformation
# ... and assigned, its properties are enumerated later (Get-Member): not followed either
Connect-MsolService
$CompanyInformation = Get-MsolCompanyInformation | Select-Object * -ExcludeProperty ServiceInformation, ExtensionData
$CompanyInformation | Get-Member -MemberType Properties | Select-Object -ExpandProperty Name
