# Lists the guest accounts of the tenant with their creation date.
Write-Host "This script needs the AzureAD module (Install-Module AzureAD once per computer)."

$AadModule = Get-Module -Name AzureAD -ListAvailable
if ($null -eq $AadModule) {
    Write-Warning "The AzureAD module is not installed."
    Write-Host "Run 'Install-Module -Name AzureAD -Scope CurrentUser' and start the script again." -ForegroundColor Yellow
    exit 1
}
else {
    Write-Host "AzureAD module found." -ForegroundColor Green
}

Connect-AzureAD
Get-AzureADUser -All $true -Filter "userType eq 'Guest'" |
    Select-Object DisplayName, Mail |
    Sort-Object DisplayName
