Connect-MgGraph -Scopes 'User.ReadWrite.All' -NoWelcome
$upn = Read-Host 'User'
try {
    Update-MgUser -UserId $upn -JobTitle 'Contractor' -ErrorAction SilentlyContinue
    Write-Host 'Updated'
}
catch {
    Write-Host "Failed: $_"
}
