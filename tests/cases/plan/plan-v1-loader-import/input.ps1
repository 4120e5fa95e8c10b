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

$exoLoader = $((Get-ChildItem -Path $($env:LOCALAPPDATA + "\Apps\2.0\") -Filter Microsoft.Exchange.Management.ExoPowershellModule.dll -Recurse).FullName | ? { $_ -notmatch "_none_" } | Select -First 1)

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
} elseif ($Reconnect -or !(Get-PSSession | Where { $_.ConfigurationName -eq "Microsoft.Exchange" })) {
    Get-PSSession | Remove-PSSession
    $exoSession = New-ExoPSSession
    Import-PSSession $exoSession -AllowClobber > $null
    Write-Host "Connected to Exchange Online" -ForegroundColor Green
}

Get-Mailbox -Identity $env:USERNAME | Select-Object DisplayName, PrimarySmtpAddress
