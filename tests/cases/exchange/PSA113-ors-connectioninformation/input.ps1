function Test-ExoConnected {
    # older module versions kept a PSSession, 3.x a REST connection: either counts
    $connected = [bool](Get-PSSession | Where-Object { $_.ConfigurationName -eq 'Microsoft.Exchange' -and $_.ComputerName -eq 'outlook.office365.com' }) -or [bool](Get-ConnectionInformation -ErrorAction SilentlyContinue)
    return $connected
}

if (-not (Test-ExoConnected)) {
    Connect-ExchangeOnline -ShowBanner:$false
}
Get-EXOMailbox -ResultSize 100 | Select-Object DisplayName
