# Licence report for the tenant: asks again until the admin signs in, Cancel quits
$MsolConnected = $false
while (-not $MsolConnected) {
    $AdminCred = $Host.UI.PromptForCredential("Licence report", "Office 365 admin account", "", "")
    if ($AdminCred -eq $null) {
        Write-Host "Cancelled"
        exit
    }
    Connect-MsolService -Credential $AdminCred -ErrorAction SilentlyContinue
    if ($?) { $MsolConnected = $true }
    else { Write-Warning "Sign-in as $($AdminCred.UserName) failed, try again" }
}

Get-MsolUser -All | Where-Object { $_.IsLicensed } |
    Select-Object UserPrincipalName, DisplayName |
    Export-Csv -Path .\LicensedUsers.csv -NoTypeInformation
