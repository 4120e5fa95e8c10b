# EXO V1 (ClickOnce) module loader, as pasted in many scripts
Import-Module $((Get-ChildItem -Path $($env:LOCALAPPDATA + '\Apps\2.0\') -Filter Microsoft.Exchange.Management.ExoPowershellModule.dll -Recurse).FullName | Select-Object -Last 1)
. 'C:\Tools\EXO\CreateExoPSSession.ps1'
Import-Module "$env:LOCALAPPDATA\Apps\2.0\x\Microsoft.Exchange.Management.ExoPowershellModule.dll"

Connect-EXOPSSession -UserPrincipalName admin@contoso.onmicrosoft.com
$v1 = New-ExoPSSession -UserPrincipalName admin@contoso.onmicrosoft.com -ConnectionUri 'https://ps.compliance.protection.outlook.com/powershell-liveid/'
