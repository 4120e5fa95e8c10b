# Weekly report: accounts that never got a licence
Connect-MsolService
Get-MsolUser -UnlicensedUsersOnly |
    Select-Object UserPrincipalName, DisplayName |
    Export-Csv -Path .\unlicensed.csv -NoTypeInformation
