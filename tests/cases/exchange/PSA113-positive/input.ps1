# Connection checks written for remote PowerShell sessions.
function Test-ExoConnection {
    $s = Get-PSSession | Where-Object { $_.ConfigurationName -eq 'Microsoft.Exchange' -and $_.State -eq 'Opened' }
    return [bool]$s
}
if (-not (Test-ExoConnection)) {
    Connect-ExchangeOnline -CertificateThumbprint $Thumb -AppId $AppId -Organization 'contoso.onmicrosoft.com'
}
if (-not (gsn | ? ComputerName -like '*outlook.office365.com')) { Write-Warning 'not connected' }
$open = Microsoft.PowerShell.Core\Get-PSSession -Configuration Microsoft.Exchange
$all = Get-PSSession
$exo = $all | Where-Object -FilterScript { $_.ComputerName -eq 'outlook.office365.com' }
try {
    $session = Get-PSSession -InstanceId (Get-AcceptedDomain | Select-Object -First 1).RunspaceId.Guid -ErrorAction Stop
} catch {
    Connect-ExchangeOnline -ManagedIdentity -Organization 'contoso.onmicrosoft.com'
}
(Get-PSSession).Where({ $_.ComputerName -like '*.protection.outlook.com' })
