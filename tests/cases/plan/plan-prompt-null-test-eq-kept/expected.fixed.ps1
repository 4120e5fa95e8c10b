# Weekly report of distribution group owners.
[CmdletBinding()]
param([string]$ReportPath = ".\GroupOwners.csv")

function Connect-Exo {
    $AdminCredential = Get-Credential -Message "Exchange Online administrator"
    if ($AdminCredential -eq $null) {
        throw "No credential was entered."
    }
    Connect-ExchangeOnline -UserPrincipalName $AdminCredential.UserName -ShowBanner:$false | Out-Null
}

Connect-Exo
Get-DistributionGroup -ResultSize Unlimited |
    Select-Object DisplayName, PrimarySmtpAddress, @{n = "Owners"; e = { $_.ManagedBy -join ";" }} |
    Export-Csv -Path $ReportPath -NoTypeInformation
