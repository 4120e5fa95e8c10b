# Nightly licence check. Export-MsolUserLicenceBreakdown and Get-MsolUserMFA are functions of the
# tenant-reporting module loaded by the scheduled task, not cmdlets of MSOnline.
param([string]$ReportPath = 'C:\Reports')
Connect-MgGraph -Scopes 'LicenseAssignment.Read.All' -NoWelcome
Export-MsolUserLicenceBreakdown -Path (Join-Path $ReportPath 'licences.csv')
Get-MsolUserMFA -Path (Join-Path $ReportPath 'mfa.csv')
Get-MgSubscribedSku -All | Select-Object @{Name = 'AccountSkuId'; Expression = {($_ | ForEach-Object { if ($_) { $_.AccountName + ':' + $_.SkuPartNumber } })}}, @{Name = 'ActiveUnits'; Expression = {$_.PrepaidUnits.Enabled}}, 'ConsumedUnits' | Export-Csv -Path (Join-Path $ReportPath 'skus.csv') -NoTypeInformation
