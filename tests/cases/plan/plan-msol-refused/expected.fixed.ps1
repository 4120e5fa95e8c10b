# Licence report: MSOnline cmdlets are still used below, so the connection
# stays until they are migrated to Microsoft Graph.
$cred = Get-Credential
Connect-MsolService -Credential $cred
Get-MsolUser -All | Where-Object { $_.isLicensed } | Select-Object UserPrincipalName, Licenses
Connect-AzureAD -Credential $cred
