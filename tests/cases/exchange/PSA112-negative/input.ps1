# Install-Module ExchangeOnlineManagement -RequiredVersion 2.0.5
Write-Host 'Install-Module ExchangeOnlineManagement -RequiredVersion 2.0.5 is too old'
Install-Module ExchangeOnlineManagement -RequiredVersion 3.4.0 -Scope CurrentUser
Install-Module ExchangeOnlineManagement -MinimumVersion 2.0.5
Import-Module ExchangeOnlineManagement -RequiredVersion 10.0.0
Install-Module -Name Az.Accounts -RequiredVersion 2.12.1
Update-Module ExchangeOnlineManagement
