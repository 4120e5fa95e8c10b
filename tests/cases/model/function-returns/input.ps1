# Values returned by functions (dot-sourced or local) reach the caller.
. "$PSScriptRoot\common.ps1"
$session = Connect-TenantExo -Credential $cred
Import-PSSession $session
function Get-AdminCred {
    $c = New-Object System.Management.Automation.PSCredential('admin@contoso.onmicrosoft.com', (ConvertTo-SecureString 'Winter2026!' -AsPlainText -Force))
    $c
}
$admin = Get-AdminCred
Connect-ExchangeOnline -Credential $admin
