# Assign a usage location to a new user (AzureAD and MSOnline both loaded).
Import-Module AzureAD
Import-Module MSOnline
Connect-AzureAD
Connect-MsolService
$upn = Read-Host "User principal name"
Set-MsolUser -UserPrincipalName $upn -UsageLocation "ES"
if ($Preview) {
    Connect-AzureAD
} else {
    Connect-MsolService
}
