# The AIPService module and its own connection; a helper that only shares the old name.
Import-Module AIPService
Connect-AipService
Get-AipServiceConfiguration | Select-Object LicensingIntranetDistributionPointUrl

function Connect-AadrmService {
    param([string]$Reason)
    Write-Host "Connecting to the protection service: $Reason"
    Connect-AipService
}
Connect-AadrmService -Reason "template export"
Get-Module AADRM -ListAvailable | Select-Object Name, Version
