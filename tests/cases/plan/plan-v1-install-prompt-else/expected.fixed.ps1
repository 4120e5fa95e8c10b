# Shows the mailbox sizes of one department (run it with your MFA admin account).
param([string]$Department = "Sales")

$ExoLoader = Get-Module -ListAvailable -Name ExchangeOnlineManagement | Sort-Object -Property Version -Descending | Select-Object -First 1
if ($ExoLoader) {
    Import-Module ExchangeOnlineManagement
    Connect-ExchangeOnline -ShowBanner:$false
} else {
    Write-Warning "The ExchangeOnlineManagement module is missing: install it, then run this script again."
    Install-Module -Name ExchangeOnlineManagement -Scope CurrentUser
    exit 1
}

Get-User -ResultSize Unlimited -Filter "Department -eq '$Department'" |
    Get-MailboxStatistics -ErrorAction SilentlyContinue |
    Sort-Object TotalItemSize -Descending |
    Format-Table DisplayName, TotalItemSize, ItemCount
