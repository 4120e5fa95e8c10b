#Requires -Modules Microsoft.Entra, Microsoft.Entra.Beta
# Weekly report of application sign-ins: which apps fail most, and a monthly baseline by app id.
param([int]$BaselineDays = 30)
Connect-Entra -Scopes 'Reports.Read.All'
$week = Get-EntraBetaApplicationSignInSummary -Days 7 -Filter "appDisplayName eq 'Payroll Portal'"
$week | Sort-Object FailedSignInCount -Descending |
    Select-Object AppDisplayName, SuccessfulSignInCount, FailedSignInCount, SuccessPercentage |
    Export-Csv -Path .\weekly-signins.csv -NoTypeInformation
$baseline = @{}
Get-EntraBetaApplicationSignInSummary -Days $BaselineDays -Top 50 | ForEach-Object {
    $baseline[$_.Id] = $_.SuccessfulSignInCount
}
Write-Output "$($baseline.Count) applications in the baseline"
