Connect-MgGraph -Scopes 'User.EnableDisableAccount.All', 'User.Read.All' -NoWelcome
$guests = Get-MgUser -Filter "userType eq 'Guest'" -All -Property AccountEnabled, Id, Mail
foreach ($g in $guests) {
    if ($g.AccountEnabled) {
        Update-MgUser -UserId $g.Id -AccountEnabled:$false
        Write-Host "Disabled guest $($g.Mail)"
    }
}
