# Close the Exchange Management Shell sessions this admin opened to the on-premises servers
$onPrem = @(Get-PSSession | Where-Object { $_.ConfigurationName -eq 'Microsoft.Exchange' -and $_.Name -like 'ExchangeSession*' })
if ($onPrem.Count -gt 0) {
    Write-Host "Closing $($onPrem.Count) Exchange Server session(s)"
    $onPrem | Remove-PSSession
}
Disconnect-ExchangeOnline -Confirm:$false -ErrorAction SilentlyContinue
