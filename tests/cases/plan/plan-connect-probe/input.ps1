# Starts the admin module: sign in once, then load the module's functions.
#Requires -Modules MSOnline
if (-not (Get-Module -ListAvailable -Name MSOnline)) { Install-Module MSOnline -Scope CurrentUser }
try {
    Get-MsolDomain -ErrorAction Stop | Out-Null
} catch {
    Connect-MsolService
}
Import-Module "$PSScriptRoot\Office365Admin.psm1"
