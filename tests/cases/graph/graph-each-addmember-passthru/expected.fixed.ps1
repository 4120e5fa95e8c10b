# Partner report: each customer contract, stamped with the time it was read
Connect-MgGraph -Scopes 'Directory.Read.All' -NoWelcome

$stamp = Get-Date
$contracts = Get-MgContract -All | ForEach-Object {
    $_ | Add-Member -NotePropertyName ReportedAt -NotePropertyValue $stamp -PassThru
}
$contracts | Select-Object @{Name = 'Name'; Expression = {$_.DisplayName}}, @{Name = 'TenantId'; Expression = {$_.CustomerId}}, 'DefaultDomainName', 'ReportedAt' | Export-Csv .\contracts.csv -NoTypeInformation
foreach ($c in $contracts) {
    Write-Host "$($c.DisplayName) ($($c.DefaultDomainName)) read at $($c.ReportedAt)"
}
