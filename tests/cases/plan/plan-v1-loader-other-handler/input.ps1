# Connection buttons of the admin console form (generated event handlers).
$UPN = $textboxUPN.Text

$buttonConnectExchange_Click = {
    Write-Host "Connecting to Exchange Online"
    Import-Module $((Get-ChildItem -Path $($env:LOCALAPPDATA + "\Apps\2.0\") -Filter Microsoft.Exchange.Management.ExoPowershellModule.dll -Recurse).FullName | Where-Object { $_ -notmatch "_none_" } | Select-Object -First 1)
    $ExoSession = New-ExoPSSession -UserPrincipalName $UPN
    Import-PSSession $ExoSession -AllowClobber
}

$buttonConnectCompliance_Click = {
    Write-Host "Connecting to the Security & Compliance Center"
    Import-Module $((Get-ChildItem -Path $($env:LOCALAPPDATA + "\Apps\2.0\") -Filter Microsoft.Exchange.Management.ExoPowershellModule.dll -Recurse).FullName | Where-Object { $_ -notmatch "_none_" } | Select-Object -First 1)
    $CcSession = New-ExoPSSession -ConnectionUri 'https://ps.compliance.protection.office365.us/PowerShell-LiveId' -UserPrincipalName $UPN
    Import-PSSession $CcSession -AllowClobber
}

$buttonConnectExchange.add_Click($buttonConnectExchange_Click)
$buttonConnectCompliance.add_Click($buttonConnectCompliance_Click)
