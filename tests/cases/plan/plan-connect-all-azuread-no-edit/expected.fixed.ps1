<#
  Connect-All.ps1 - dot-source this before running the admin scripts:
  . .\Connect-All.ps1
#>
$AdminCred = Import-Clixml -Path "$env:USERPROFILE\o365-admin.xml"

Write-Host "Connecting to Exchange Online..."
Connect-ExchangeOnline -Credential $AdminCred -ShowBanner:$false
Write-Host "Connecting to Azure AD..."
Connect-AzureAD -Credential $AdminCred | Out-Null
Write-Host "Connecting to Microsoft Teams..."
Connect-MicrosoftTeams -Credential $AdminCred | Out-Null
Write-Host "Ready."
