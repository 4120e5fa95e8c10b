# Lists guest accounts that never signed in; run from a session connected to Azure AD
Write-Host "Checking prerequisites..."
Connect-MgGraph -Scopes 'User.Read.All' -NoWelcome
$Module = Get-Module -Name Microsoft.Graph.Authentication
if ($null -eq $Module) {
    Write-Host "Connect to Azure AD (Connect-AzureAD) and run the script again."
    break
}

$guests = Get-MgUser -All -Filter "userType eq 'Guest'" -Property DisplayName, Mail, Id
foreach ($g in $guests) {
    Write-Output "$($g.DisplayName) <$($g.Mail)>"
}
