param([switch]$MFA)
if ($MFA.IsPresent) {
  $exoModule = ((Get-ChildItem -Path $($env:LOCALAPPDATA + "\Apps\2.0\") -Filter CreateExoPSSession.ps1 -Recurse).FullName | Select-Object -Last 1)
  if ($exoModule -eq $null) {
    Write-Host "Install the Exchange Online MFA module, then press Enter"
    Read-Host | Out-Null
    $exoModule = ((Get-ChildItem -Path $($env:LOCALAPPDATA + "\Apps\2.0\") -Filter CreateExoPSSession.ps1 -Recurse).FullName | Select-Object -Last 1)
    if ($exoModule -eq $null) { exit }
  }
  . "$exoModule"
  Connect-EXOPSSession -WarningAction SilentlyContinue
  Get-Mailbox -ResultSize Unlimited | Select-Object DisplayName, LastLogonTime
}
