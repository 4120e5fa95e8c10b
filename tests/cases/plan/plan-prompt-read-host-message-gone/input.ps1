# Blocks sign-in for a leaver
Write-Host "Connecting to Office 365..."
Write-Host "Enter the admin account to sign in with"
$AdminName = Read-Host -Prompt "Admin user name"
$AdminPassword = Read-Host -Prompt "Admin password" -AsSecureString
$Cred = New-Object System.Management.Automation.PSCredential($AdminName, $AdminPassword)
Connect-MsolService -Credential $Cred

$Upn = Read-Host -Prompt "User to reset"
Set-MsolUser -UserPrincipalName $Upn -BlockCredential $true
