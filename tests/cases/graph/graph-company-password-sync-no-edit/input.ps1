# Resets a cloud user's password, unless the tenant syncs passwords from AD
param([string]$EmailAddress)

Connect-MsolService

if ((Get-MsolCompanyInformation).PasswordSynchronization) {
    Write-Host "Passwords come from on-premises AD: reset it on a domain controller"
    return
}
if ((Get-MsolCompanyInformation).PasswordSynchronizationEnabled) {
    Write-Host "Password hash sync is on"
}
