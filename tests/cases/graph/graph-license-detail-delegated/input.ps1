# Shows a user's licences (run by the helpdesk)
param([Parameter(Mandatory)] [string]$UserPrincipalName)

Connect-AzureAD
$u = Get-AzureADUser -ObjectId $UserPrincipalName
Get-AzureADUserLicenseDetail -ObjectId $u.ObjectId | ForEach-Object { $_.SkuPartNumber }
