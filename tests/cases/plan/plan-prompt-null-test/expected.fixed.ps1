# Weekly report of distribution group owners.
[CmdletBinding()]
param([string]$ReportPath = ".\GroupOwners.csv")

function Connect-Exo {
    $AdminUpn = Read-Host -Prompt "Exchange Online administrator"
    if ($AdminUpn) {
        Connect-ExchangeOnline -UserPrincipalName $AdminUpn -ShowBanner:$false | Out-Null
    }
    else {
        throw "No credential was entered."
    }
}

Connect-Exo
Get-DistributionGroup -ResultSize Unlimited |
    Select-Object DisplayName, PrimarySmtpAddress, @{n = "Owners"; e = { $_.ManagedBy -join ";" }} |
    Export-Csv -Path $ReportPath -NoTypeInformation
