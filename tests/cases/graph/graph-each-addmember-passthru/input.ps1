# Partner report: each customer contract, stamped with the time it was read
Connect-MsolService

$stamp = Get-Date
$contracts = Get-MsolPartnerContract -All | ForEach-Object {
    $_ | Add-Member -NotePropertyName ReportedAt -NotePropertyValue $stamp -PassThru
}
$contracts | Select-Object Name, TenantId, DefaultDomainName, ReportedAt | Export-Csv .\contracts.csv -NoTypeInformation
foreach ($c in $contracts) {
    Write-Host "$($c.Name) ($($c.DefaultDomainName)) read at $($c.ReportedAt)"
}
