$exo = Get-PSSession | Where-Object { $_.ConfigurationName -eq 'Microsoft.Exchange' -and $_.Name -like 'ExchangeOnlineInternalSession*' }
if (-not $exo) {
    Connect-ExchangeOnline -ShowBanner:$false
}
Get-EXOMailbox -ResultSize 10
