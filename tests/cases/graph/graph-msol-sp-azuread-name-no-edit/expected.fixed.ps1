# MSOnline's service principal has no AppId or PublisherName (its reference lists ObjectId,
# AppPrincipalId, DisplayName, the SPNs and AccountEnabled): these reads were $null, and
# Graph's objects have values under those names, so a person decides
Connect-MsolService
foreach ($sp in Get-MsolServicePrincipal -All) {
    Write-Output "$($sp.DisplayName) $($sp.AppId) $($sp.PublisherName)"
}
