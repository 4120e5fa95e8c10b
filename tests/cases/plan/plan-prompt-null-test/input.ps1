# Weekly report of distribution group owners.
[CmdletBinding()]
param([string]$ReportPath = ".\GroupOwners.csv")

function Connect-Exo {
    $AdminCredential = Get-Credential -Message "Exchange Online administrator"
    if ($AdminCredential -ne $null) {
        $exo = New-PSSession -ConfigurationName Microsoft.Exchange -ConnectionUri "https://outlook.office365.com/powershell-liveid/" -Credential $AdminCredential -Authentication Basic -AllowRedirection
        Import-PSSession $exo -DisableNameChecking | Out-Null
    }
    else {
        throw "No credential was entered."
    }
}

Connect-Exo
Get-DistributionGroup -ResultSize Unlimited |
    Select-Object DisplayName, PrimarySmtpAddress, @{n = "Owners"; e = { $_.ManagedBy -join ";" }} |
    Export-Csv -Path $ReportPath -NoTypeInformation
