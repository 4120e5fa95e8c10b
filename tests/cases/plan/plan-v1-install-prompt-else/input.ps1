# Shows the mailbox sizes of one department (run it with your MFA admin account).
param([string]$Department = "Sales")

$ExoLoader = (Get-ChildItem -Path "$env:LOCALAPPDATA\Apps\2.0\" -Filter CreateExoPSSession.ps1 -Recurse).FullName | Select-Object -Last 1
if ($ExoLoader) {
    . "$ExoLoader"
    Connect-EXOPSSession
} else {
    Write-Warning "The EXO MFA module is missing: install it, then run this script again."
    Start-Process "https://cmdletpswmodule.blob.core.windows.net/exopsmodule/Microsoft.Online.CSE.PSModule.Client.application"
    exit 1
}

Get-User -ResultSize Unlimited -Filter "Department -eq '$Department'" |
    Get-MailboxStatistics -ErrorAction SilentlyContinue |
    Sort-Object TotalItemSize -Descending |
    Format-Table DisplayName, TotalItemSize, ItemCount
