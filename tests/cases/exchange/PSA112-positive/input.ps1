Install-Module ExchangeOnlineManagement -RequiredVersion 2.0.5 -Scope CurrentUser
Install-Module -Name 'ExchangeOnlineManagement' -MaximumVersion '2.0.6'
Import-Module ExchangeOnlineManagement -RequiredV 2.0.4
$mod = @{ Name = 'ExchangeOnlineManagement'; RequiredVersion = '1.0.1' }
Update-Module @mod
