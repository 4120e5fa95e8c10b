<#
.SYNOPSIS
    Weekly collaboration inventory: licensed users, HR site lists, site
    collections and Teams, written to CSV for the service desk.
#>
$AdminUser = "svc-inventory@fabrikam.onmicrosoft.com"
$AdminPass = ConvertTo-SecureString "Wint3r-Inventory!" -AsPlainText -Force
$Credential = New-Object System.Management.Automation.PSCredential($AdminUser, $AdminPass)

Connect-MsolService -Credential $Credential
Get-MsolUser -All | Select-Object UserPrincipalName, DisplayName | Export-Csv .\users.csv -NoTypeInformation

Connect-PnPOnline -Url https://fabrikam.sharepoint.com/sites/hr -Credentials $Credential
Get-PnPList | Select-Object Title, ItemCount | Export-Csv .\hr-lists.csv -NoTypeInformation

Connect-SPOService -Url https://fabrikam-admin.sharepoint.com -Credential $Credential
Get-SPOSite -Limit All | Select-Object Url, StorageUsageCurrent | Export-Csv .\sites.csv -NoTypeInformation

Connect-MicrosoftTeams -Credential $Credential
Get-Team | Select-Object DisplayName, Visibility | Export-Csv .\teams.csv -NoTypeInformation
