# Lists guest accounts that never signed in; run from a session connected to Azure AD
Write-Host "Checking prerequisites..."
$Module = Get-Module -Name AzureAD
if ($null -eq $Module) {
    Write-Host "Connect to Azure AD (Connect-AzureAD) and run the script again."
    break
}

$guests = Get-AzureADUser -All $true -Filter "userType eq 'Guest'"
foreach ($g in $guests) {
    Write-Output "$($g.DisplayName) <$($g.Mail)>"
}
