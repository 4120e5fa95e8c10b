<#
    Resets the password of a leaver's account and of the shared kiosk
    accounts before they are handed over.
#>
param(
    [Parameter(Mandatory)][string]$LeaverUpn,
    [string]$KioskPassword = "Kiosk-Reset-2024!"
)

Connect-AzureAD

# the leaver: a new password typed by the operator, changed at next sign-in
$newPassword = Read-Host -Prompt "New password for $LeaverUpn" -AsSecureString
Set-AzureADUserPassword -ObjectId $LeaverUpn -Password $newPassword -ForceChangePasswordNextLogin $true

# the kiosks: the same known password, not to be changed
foreach ($kiosk in Get-AzureADUser -Filter "startswith(displayName,'Kiosk')") {
    Set-AzureADUserPassword -ObjectId $kiosk.ObjectId -Password (ConvertTo-SecureString $KioskPassword -AsPlainText -Force) -ForceChangePasswordNextLogin $false
}

# the test account
Set-AzureADUserPassword -ObjectId "test.user@contoso.com" -Password (ConvertTo-SecureString -String 'Test-Only-1' -AsPlainText -Force) -ForceChangePasswordNextLogin $true
Write-Host "Passwords reset" -ForegroundColor Green
