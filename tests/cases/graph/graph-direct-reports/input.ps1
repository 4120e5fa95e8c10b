# Export each manager's team for the quarterly access review
param([string]$ManagerUpn)

Connect-AzureAD
$manager = Get-AzureADUser -ObjectId $ManagerUpn
$reports = Get-AzureADUserDirectReport -ObjectId $manager.ObjectId -All $true
foreach ($r in $reports) {
    [pscustomobject]@{
        Manager = $manager.DisplayName
        Report  = $r.DisplayName
        UPN     = $r.UserPrincipalName
        Mail    = $r.Mail
    }
}
