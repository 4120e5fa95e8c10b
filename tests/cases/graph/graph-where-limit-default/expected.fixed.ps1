# Weekly report: accounts that never got a licence
Connect-MgGraph -Scopes 'User.Read.All' -NoWelcome
Get-MgUser -All -Property UserPrincipalName, DisplayName, AssignedLicenses, Id | Where-Object { $_.AssignedLicenses.Count -eq 0 } | Select-Object -First 500 |
    Select-Object UserPrincipalName, DisplayName |
    Export-Csv -Path .\unlicensed.csv -NoTypeInformation
