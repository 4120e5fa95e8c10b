<#
  Exports every licensed user of the tenant to a CSV file.
#>
function Import-MyModule {
    param([string]$Name)
    if (-not (Get-Module -ListAvailable -Name $Name)) {
        Write-Host "Installing $Name..."
        Install-Module -Name $Name -Scope CurrentUser -Force
    }
    Import-Module -Name $Name
}

if (-not (Import-MyModule MsOnline)) { exit 1 }
$cred = Get-Credential -Message "Office 365 admin"
Connect-MsolService -Credential $cred
Get-MsolUser -All | Where-Object { $_.IsLicensed } |
    Select-Object UserPrincipalName, DisplayName, Department |
    Export-Csv -Path .\licensed-users.csv -NoTypeInformation
