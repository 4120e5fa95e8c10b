param([switch]$PPE)

Get-MsolDomain -ErrorAction SilentlyContinue | Out-Null
if (-not $?) {
    if ($PPE) {
        Connect-MsolService -AzureEnvironment AzurePPE -ErrorAction Stop
    }
    else {
        Connect-MsolService -ErrorAction Stop
    }
}

$info = Get-MsolCompanyInformation
Write-Host "Tenant: $($info.DisplayName) ($($info.ObjectId))"
