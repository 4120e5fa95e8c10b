# Assign a usage location to a new user (AzureAD and MSOnline both loaded).
Import-Module Microsoft.Graph.Authentication, Microsoft.Graph.Users
Connect-MgGraph -Scopes 'User.ReadWrite.All' -NoWelcome
$upn = Read-Host "User principal name"
Update-MgUser -UserId $upn -UsageLocation "ES"
if ($Preview) {
    Connect-MgGraph -Scopes 'User.ReadWrite.All' -NoWelcome
} else {
    Connect-MgGraph -Scopes 'User.ReadWrite.All' -NoWelcome
}
