# Lists the guest accounts of the tenant with their creation date.
Write-Host "This script needs the AzureAD module (Install-Module AzureAD once per computer)."

$AadModule = Get-Module -Name Microsoft.Graph.Authentication -ListAvailable
if ($null -eq $AadModule) {
    Write-Warning "The AzureAD module is not installed."
    Write-Host "Run 'Install-Module -Name Microsoft.Graph.Authentication, Microsoft.Graph.Users -Scope CurrentUser' and start the script again." -ForegroundColor Yellow
    exit 1
}
else {
    Write-Host "AzureAD module found." -ForegroundColor Green
}

Connect-MgGraph -Scopes 'User.Read.All' -NoWelcome
Get-MgUser -All -Filter "userType eq 'Guest'" -Property DisplayName, Mail, Id |
    Select-Object DisplayName, Mail |
    Sort-Object DisplayName
