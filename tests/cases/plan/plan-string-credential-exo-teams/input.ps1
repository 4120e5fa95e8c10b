# Weekly mailbox and Teams owner report, run by the messaging admin.
param(
    [string]$AdminAccount = "admin@contoso.com",
    [string]$OutFile = ".\report.csv"
)

Connect-ExchangeOnline -Credential $AdminAccount -ShowBanner:$false
Connect-IPPSSession -Credential $AdminAccount
Connect-MicrosoftTeams -Credential $AdminAccount

$rows = foreach ($mbx in Get-EXOMailbox -ResultSize Unlimited) {
    [pscustomobject]@{ Name = $mbx.DisplayName; Holds = (Get-RetentionCompliancePolicy).Count }
}
$rows += Get-Team | Select-Object DisplayName, Visibility
$rows | Export-Csv $OutFile -NoTypeInformation
Write-Host "Report written by $AdminAccount"
