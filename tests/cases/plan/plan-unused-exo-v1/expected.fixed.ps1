# Lists the tenant's license counts for the monthly report.

Connect-MgGraph -Scopes 'LicenseAssignment.Read.All' -NoWelcome
Get-MgSubscribedSku -All | Select-Object @{Name = 'AccountSkuId'; Expression = {($_ | ForEach-Object { if ($_) { $_.AccountName + ':' + $_.SkuPartNumber } })}}, @{Name = 'ActiveUnits'; Expression = {$_.PrepaidUnits.Enabled}}, 'ConsumedUnits' | Export-Csv -Path .\licenses.csv -NoTypeInformation
