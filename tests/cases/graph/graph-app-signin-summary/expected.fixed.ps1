#Requires -Modules Microsoft.Graph.Authentication, Microsoft.Graph.Beta.Reports
# Weekly report of application sign-ins: which apps fail most, and a monthly baseline by app id.
param([int]$BaselineDays = 30)
Connect-MgGraph -Scopes 'Reports.Read.All' -NoWelcome
$week = Get-MgBetaReportAzureAdApplicationSignInSummary -Period 'D7' -Filter "appDisplayName eq 'Payroll Portal'"
$week | Sort-Object FailedSignInCount -Descending |
    Select-Object AppDisplayName, SuccessfulSignInCount, FailedSignInCount, SuccessPercentage |
    Export-Csv -Path .\weekly-signins.csv -NoTypeInformation
$baseline = @{}
Get-MgBetaReportAzureAdApplicationSignInSummary -Period ('D{0}' -f $BaselineDays) -Top 50 | ForEach-Object {
    $baseline[$_.Id] = $_.SuccessfulSignInCount
}
Write-Output "$($baseline.Count) applications in the baseline"
