# Which deleted user held an address? Without -All MSOnline returned up to 500 users.
param([Parameter(Mandatory)][string]$Address)
Connect-MgGraph -Scopes 'User.Read.All' -NoWelcome
Get-MgDirectoryDeletedItemAsUser -Top 500 -Property ProxyAddresses, DisplayName, Id, CreatedDateTime | Where-Object { $_.ProxyAddresses -like "smtp:$Address" } |
    Select-Object 'DisplayName', @{Name = 'ObjectId'; Expression = {$_.Id}}, @{Name = 'WhenCreated'; Expression = {$_.CreatedDateTime}} | Format-Table -AutoSize
