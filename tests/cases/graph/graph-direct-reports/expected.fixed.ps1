# Export each manager's team for the quarterly access review
param([string]$ManagerUpn)

Connect-MgGraph -Scopes 'User.Read.All' -NoWelcome
$manager = Get-MgUser -UserId $ManagerUpn -Property Id, DisplayName
$reports = Get-MgUserDirectReport -UserId $manager.Id -All
foreach ($r in $reports) {
    [pscustomobject]@{
        Manager = $manager.DisplayName
        Report  = $r.AdditionalProperties.displayName
        UPN     = $r.AdditionalProperties.userPrincipalName
        Mail    = $r.AdditionalProperties.mail
    }
}
