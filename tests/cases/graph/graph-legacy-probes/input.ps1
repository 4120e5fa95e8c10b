<#
.SYNOPSIS
    Exports the members of the lab groups to a CSV file.
#>
param(
    [Parameter(Mandatory = $true)]
    [string]$CsvPath
)

Import-Module AzureAD

if (-not (gcm Connect-AzureAD -ErrorAction SilentlyContinue)) {
    Write-Warning "The AzureAD module is not available on this computer."
    exit 1
}

if ([Microsoft.Open.Azure.AD.CommonLibrary.AzureSession]::AccessTokens -eq $null -or [Microsoft.Open.Azure.AD.CommonLibrary.AzureSession]::AccessTokens.Count -eq 0) {
    Write-Host "Signing in..."
    Connect-AzureAD
}

if ([Microsoft.Open.Azure.AD.CommonLibrary.AzureSession]::AccessTokens.Count -gt 0) {
    Write-Host "Connected."
}

$rows = foreach ($group in Get-AzureADGroup -SearchString "Lab-") {
    foreach ($member in Get-AzureADGroupMember -ObjectId $group.ObjectId -All $true) {
        [pscustomobject]@{
            Group  = $group.DisplayName
            Member = $member.ObjectId
        }
    }
}
$rows | Export-Csv -Path $CsvPath -NoTypeInformation
