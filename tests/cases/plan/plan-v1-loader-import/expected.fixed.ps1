<#
.Synopsis
    Opens the helpdesk console: loads the admin modules and signs in to Exchange Online.
.Parameter NoConnect
    Only load the modules; no sign-in.
#>
param (
    [switch] $NoConnect,
    [switch] $Reconnect
)

$exoLoader = Get-Module -ListAvailable -Name ExchangeOnlineManagement | Sort-Object -Property Version -Descending | Select-Object -First 1

if (-not (Get-Module | ? { $_.Name -like "*ActiveDirectory*" })) {
    Write-Host "Loading ActiveDirectory" -ForegroundColor Cyan
    Import-Module ActiveDirectory -ErrorAction Stop
}

if (-not $NoConnect) {
    if (-not (Get-Module | ? { $_.Name -like "*Exchange*" })) {
        if (!$exoLoader) {
            Write-Host "The Exchange Online module is not installed." -ForegroundColor Red
        } else {
            Import-Module $exoLoader
        }
    }
}

if ($NoConnect) {
    return
}

if ($exoLoader.Length -eq 0) {
    Write-Host "Cannot connect: the Exchange Online module is missing." -ForegroundColor Red
} elseif ($Reconnect -or !(Get-ConnectionInformation)) {
    Disconnect-ExchangeOnline -Confirm:$false
    Connect-ExchangeOnline -ShowBanner:$false
    Write-Host "Connected to Exchange Online" -ForegroundColor Green
}

Get-EXOMailbox -Identity $env:USERNAME | Select-Object DisplayName, PrimarySmtpAddress
