# Credentials read where psauth does not follow each one: handed to Select-Object by the
# pipeline, or to -ExpandProperty. Graph's names differ (EndDateTime), so both calls stay with
# a person.
Connect-AzureAD
foreach ($app in Get-AzureADApplication -All $true) {
    $expiries = $app.PasswordCredentials | Select-Object -ExpandProperty EndDate
    if ($expiries -lt (Get-Date)) { Write-Output "$($app.DisplayName) has an expired secret" }
}
Get-AzureADServicePrincipal -All $true -PipelineVariable sp | ForEach-Object {
    $sp.PasswordCredentials | Select-Object @{Name = 'App'; Expression = { $sp.DisplayName }}, StartDate, EndDate
} | Export-Csv .\SpSecrets.csv -NoTypeInformation
