# .RootDomain of an MSOnline domain: Graph's rootDomain is a relationship, not a name on Get-MgDomain's objects: nothing is edited
Connect-MsolService
$domains = Get-MsolDomain
foreach ($d in $domains) { Write-Output "$($d.Name) $($d.RootDomain)" }
