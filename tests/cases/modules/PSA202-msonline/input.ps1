# MSOnline in its usual forms
Import-Module MSOnline
ipmo -Name 'MSOnline' -Force
if (-not (Get-Module -ListAvailable -Name MSOnline)) {
    Install-Module -Name MSOnline -Scope CurrentUser -Force
}
$legacyModule = 'MSOnline'
Import-Module $legacyModule
Import-Module 'C:\Program Files\WindowsPowerShell\Modules\MSOnline\1.1.183.81\MSOnline.psd1'
Import-Module -FullyQualifiedName @{ ModuleName = 'MSOnline'; ModuleVersion = '1.1.166.0' }

$cred = Get-Credential
MSOnline\Connect-MsolService -Credential $cred
Connect-MsolService
Get-MsolUser -UserPrincipalName 'adele@contoso.com' | Select-Object DisplayName
