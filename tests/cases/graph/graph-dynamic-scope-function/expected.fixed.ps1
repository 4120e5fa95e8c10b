# Merges an HR export with the tenant's users into one report.
param(
    [string]$HrFile = ".\hr-export.csv",
    [string]$OutFile = ".\account-report.csv"
)

function Main {
    Connect-MsolService
    $hrRows = Import-Csv -Path $HrFile
    $msolUsers = Get-MsolUser -All
    Write-Host "Tenant users: $($msolUsers.Count)"
    Merge-UserData -Rows $hrRows | Export-Csv -Path $OutFile -NoTypeInformation
}

function Merge-UserData {
    param($Rows)
    foreach ($row in $Rows) {
        # $msolUsers is Main's: this function is called from Main
        $account = $msolUsers | Where-Object { $_.UserPrincipalName -eq $row.Email }
        [PSCustomObject]@{
            Employee    = $row.Name
            Upn         = $account.UserPrincipalName
            IsLicensed  = $account.isLicensed
            LastChanged = $account.LastPasswordChangeTimestamp
        }
    }
}

Main
