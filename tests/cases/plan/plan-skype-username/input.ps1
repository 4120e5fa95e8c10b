# Lists the Teams dial plans of the tenant.
$AdminUpn = Read-Host "Admin UPN"

Import-Module SkypeOnlineConnector
$SfboSession = New-CsOnlineSession -UserName $AdminUpn
Import-PSSession $SfboSession -AllowClobber

Get-CsTenantDialPlan | Format-Table Identity, SimpleName, NormalizationRules

Remove-PSSession $SfboSession
