# Setup lines at the top of an AzureAD report: list both AzureAD modules, update the preview,
# import it. After the migration the two listings would be the same line, and Update-Module
# would keep the retired module current: one listing stays, the update names the Graph modules.
Get-Module AzureAD -ListAvailable
Get-Module AzureADPreview -ListAvailable
Update-Module AzureADPreview
Import-Module AzureADPreview

Connect-AzureAD
Get-AzureADUser -All $true | Select-Object DisplayName, UserPrincipalName | Export-Csv users.csv -NoTypeInformation
