# Licence report for the accounts listed in a text file.
. "$PSScriptRoot\input.helpers.ps1"

function Get-LicenceReport {
    param([string]$ListFile)
    $tenantUsers = Get-MsolUser -All
    foreach ($upn in Get-Content -Path $ListFile) {
        Write-LicenceLine -Upn $upn
    }
}

Connect-MsolService
Get-LicenceReport -ListFile .\accounts.txt | Set-Content -Path .\licences.tsv
