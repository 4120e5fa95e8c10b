# Closes the remote sessions this console opened today and starts over.
param(
    [switch]$Reconnect
)

Remove-PSSession -ComputerName outlook.office365.com
Remove-PSSession -ComputerName ps.compliance.protection.outlook.com

if ($Reconnect) {
    Write-Host "Run Connect-Tenant.ps1 again to reconnect."
}
