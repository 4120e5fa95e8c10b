param(
    [ValidateSet('AzureCloud', 'AzureChinaCloud', 'AzureUSGovernment')]
    [string]$Cloud = 'AzureCloud'
)

Connect-AzureAD -AzureEnvironmentName $Cloud
$domains = Get-AzureADDomain
$domains | Select-Object Name, IsVerified, IsDefault | Format-Table
