# Nightly licence check. Export-MsolUserLicenceBreakdown and Get-MsolUserMFA are functions of the
# tenant-reporting module loaded by the scheduled task, not cmdlets of MSOnline.
param([string]$ReportPath = 'C:\Reports')
Connect-MsolService
Export-MsolUserLicenceBreakdown -Path (Join-Path $ReportPath 'licences.csv')
Get-MsolUserMFA -Path (Join-Path $ReportPath 'mfa.csv')
Get-MsolAccountSku | Select-Object AccountSkuId, ActiveUnits, ConsumedUnits | Export-Csv -Path (Join-Path $ReportPath 'skus.csv') -NoTypeInformation
