# Lists guest accounts for the quarterly access review
function Install-RequiredModule([string]$ModuleName) {
    if (-not (Get-Module -ListAvailable -Name $ModuleName)) {
        Write-Host "Installing $ModuleName..."
        Install-Module -Name $ModuleName -Scope CurrentUser -Force
    }
}

Install-RequiredModule "AzureAD"

Connect-AzureAD

$guests = Get-AzureADUser -All $true -Filter "userType eq 'Guest'"
$guests | Select-Object DisplayName, UserPrincipalName, Mail |
    Export-Csv -Path ".\GuestAccounts.csv" -NoTypeInformation
