# Offboarding: block sign-in and take every licence back from the user
param(
    [Parameter(Mandatory = $true)]
    [string]$UserToOffboard
)

Connect-MgGraph -Scopes 'LicenseAssignment.ReadWrite.All', 'User.EnableDisableAccount.All', 'User.Read.All' -NoWelcome

Update-MgUser -UserId $UserToOffboard -AccountEnabled:$false

$Skus = Get-MgUserLicenseDetail -UserId $UserToOffboard | Select-Object SkuPartNumber, SkuId
if ($Skus) {
    $body = @{
        addLicenses    = @()
        removeLicenses = @($Skus.SkuId)
    }
    Set-MgUserLicense -UserId $UserToOffboard -AddLicenses @($body.AddLicenses) -RemoveLicenses @($body.RemoveLicenses)
    Write-Host "Removed: $($Skus.SkuPartNumber -join ', ')"
}
