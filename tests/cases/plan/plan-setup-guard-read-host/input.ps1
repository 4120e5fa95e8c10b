# Weekly licence report for the service desk (scheduled task)
$AdminUser = "svc-report@contoso.onmicrosoft.com"
$PasswordFile = "$PSScriptRoot\svc-report.pwd"

if (!(Test-Path $PasswordFile)) {
    Write-Host "No stored password yet: enter it once"
    Read-Host -AsSecureString "Password for $AdminUser" | ConvertFrom-SecureString | Out-File $PasswordFile
}
$SecurePassword = Get-Content $PasswordFile | ConvertTo-SecureString
$Credential = New-Object System.Management.Automation.PSCredential($AdminUser, $SecurePassword)

Import-Module MSOnline
Connect-MsolService -Credential $Credential
Get-MsolUser -All | Where-Object { $_.IsLicensed } | Select-Object UserPrincipalName, DisplayName |
    Export-Csv "$PSScriptRoot\licensed.csv" -NoTypeInformation
