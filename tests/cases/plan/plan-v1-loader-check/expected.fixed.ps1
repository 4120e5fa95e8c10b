param([switch]$MFA)
if ($MFA.IsPresent) {
  $exoModule = Get-Module -ListAvailable -Name ExchangeOnlineManagement | Sort-Object -Property Version -Descending | Select-Object -First 1
  if ($exoModule -eq $null) {
    Write-Host "Install the ExchangeOnlineManagement module, then press Enter"
    Read-Host | Out-Null
    $exoModule = Get-Module -ListAvailable -Name ExchangeOnlineManagement | Sort-Object -Property Version -Descending | Select-Object -First 1
    if ($exoModule -eq $null) { exit }
  }
  Import-Module ExchangeOnlineManagement
  Connect-ExchangeOnline -WarningAction SilentlyContinue -ShowBanner:$false
  Get-EXOMailbox -ResultSize Unlimited -Properties LastLogonTime | Select-Object DisplayName, LastLogonTime
}
