# Block sign-in for the leavers listed by HR
param([string]$CsvPath = '.\leavers.csv')

Connect-MgGraph -Scopes 'User.EnableDisableAccount.All', 'User.Read.All' -NoWelcome
foreach ($row in Import-Csv -Path $CsvPath) {
    Update-MgUser -UserId $row.UPN -AccountEnabled:$false
    Write-Output "Blocked $($row.UPN)"
}
