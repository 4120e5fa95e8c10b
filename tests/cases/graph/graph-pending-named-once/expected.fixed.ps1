# A leaver script committed with an unresolved merge (the markers are not PowerShell).
# The MSOnline licence one-liner's inner Get-MsolUser needs a person (its licence objects go on
# through Select-Object -ExpandProperty); the plan names that call once, although the parser's
# recovery around the markers plans it twice.
param([Parameter(Mandatory = $true)][string]$Upn)

#connect to MSOL
<<<<<<< HEAD
#Set-MsolUserLicense -UserPrincipalName $Upn -RemoveLicense (Get-MsolUser -UserPrincipalName $Upn | select -ExpandProperty licenses).AccountSkuId
=======
Connect-MsolService
Set-MsolUserLicense -UserPrincipalName $Upn -RemoveLicense (Get-MsolUser -UserPrincipalName $Upn | select -ExpandProperty licenses).AccountSkuId
Write-Host "Licences removed from $Upn"
>>>>>>> a405e06035ead1a3b1e1b7143e38d4806177eff6
