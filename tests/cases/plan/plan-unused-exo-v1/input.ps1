# Lists the tenant's license counts for the monthly report.
$admin = Read-Host -Prompt 'Admin UPN'

# Exchange Online with MFA (the Exchange Online Remote PowerShell Module)
Import-Module $((Get-ChildItem -Path $($env:LOCALAPPDATA + "\Apps\2.0\") -Filter Microsoft.Exchange.Management.ExoPowershellModule.dll -Recurse).FullName | Where-Object { $_ -notmatch "_none_" } | Select-Object -First 1)
$exoSession = New-ExoPSSession -UserPrincipalName $admin
Import-PSSession $exoSession -AllowClobber | Out-Null

Connect-MsolService
Get-MsolAccountSku | Select-Object AccountSkuId, ActiveUnits, ConsumedUnits | Export-Csv -Path .\licenses.csv -NoTypeInformation
