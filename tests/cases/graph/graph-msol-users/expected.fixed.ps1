# Weekly user review, written for MSOnline (interactive)
Connect-MgGraph -Scopes 'User.ReadWrite.All' -NoWelcome
$all = Get-MgUser -All -Property AssignedLicenses, AccountEnabled, UserPrincipalName, Id
foreach ($u in $all) {
    if (($u.AssignedLicenses.Count -gt 0) -and (-not $u.AccountEnabled)) {
        Write-Output "$($u.UserPrincipalName) is licensed but blocked ($($u.Id))"
    }
}
Get-MgUser -All -Property AssignedLicenses, UserPrincipalName, Id, JobTitle | Where-Object { ($_.AssignedLicenses.Count -gt 0) } | Select-Object 'UserPrincipalName', @{Name = 'ObjectId'; Expression = {$_.Id}}, @{Name = 'Title'; Expression = {$_.JobTitle}}
$one = Get-MgUser -UserId 'ada@contoso.com' -Property UserPrincipalName, Id
Update-MgUser -UserId $one.UserPrincipalName -AccountEnabled:$false -JobTitle 'Engineer'
Get-MgUser -Filter ('(startsWith(displayName,''ada'') or startsWith(userPrincipalName,''ada'') or startsWith(mail,''ada''))' + ' and ' + '(accountEnabled eq true)') -Top 500 -Property Surname, DisplayName, Id | Sort-Object {$_.Surname} | Select-Object 'DisplayName', @{Name = 'LastName'; Expression = {$_.Surname}}
Get-MgUser -All -Property UserPrincipalName, AssignedLicenses, Id | Where-Object { $_.AssignedLicenses.Count -eq 0 } | Select-Object UserPrincipalName
Get-MgUser -UserId 'bob@contoso.com' | ForEach-Object { Update-MgUser -UserId $_.Id -AccountEnabled }
(Get-MgUser -Top 10).Count
