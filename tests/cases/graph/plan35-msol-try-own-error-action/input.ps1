Connect-MsolService
$upn = Read-Host 'User'
try {
    Set-MsolUser -UserPrincipalName $upn -Title 'Contractor' -ErrorAction SilentlyContinue
    Write-Host 'Updated'
}
catch {
    Write-Host "Failed: $_"
}
