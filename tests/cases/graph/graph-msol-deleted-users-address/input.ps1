# Which deleted user held an address? Without -All MSOnline returned up to 500 users.
param([Parameter(Mandatory)][string]$Address)
Connect-MsolService
Get-MsolUser -ReturnDeletedUsers | Where-Object { $_.ProxyAddresses -like "smtp:$Address" } |
    Select-Object DisplayName, ObjectId, WhenCreated | Format-Table -AutoSize
