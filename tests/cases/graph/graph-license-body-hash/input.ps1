# Offboarding: block sign-in and take every licence back from the user
param(
    [Parameter(Mandatory = $true)]
    [string]$UserToOffboard
)

Connect-AzureAD

Set-AzureADUser -ObjectId $UserToOffboard -AccountEnabled $false

$Skus = Get-AzureADUserLicenseDetail -ObjectId $UserToOffboard | Select-Object SkuPartNumber, SkuId
if ($Skus) {
    $body = @{
        addLicenses    = @()
        removeLicenses = @($Skus.SkuId)
    }
    Set-AzureADUserLicense -ObjectId $UserToOffboard -AssignedLicenses $body
    Write-Host "Removed: $($Skus.SkuPartNumber -join ', ')"
}
