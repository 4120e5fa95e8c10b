<#
  Profile helper: Connect-ExchangeOnline for the admin console.
  Dot-source it from $PROFILE; it replaces the module's command of the same name.
#>
function Global:Connect-ExchangeOnline {
    [CmdletBinding()]
    param (
        [switch]$Quiet
    )

    ExchangeOnlineManagement\Connect-ExchangeOnline -ShowBanner:$false
    if (-not $Quiet) {
        Write-Host 'Connected to Exchange Online' -ForegroundColor Green
    }
}
