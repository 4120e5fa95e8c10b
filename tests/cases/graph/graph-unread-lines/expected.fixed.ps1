# Lines psauth's parser cannot read (the property list after a calculated property, lines 5-6) that
# names nothing holding the call's objects: the user read is still rewritten
Connect-MgGraph -Scopes 'User.Read.All' -NoWelcome
Get-Process | Select-Object `
    @{Name = 'MemoryMB'; Expression = { [math]::Round($_.WS / 1MB) }}, `
    Name, Id | Format-Table
$users = Get-MgUser -All -Property Id, DisplayName
foreach ($u in $users) {
    Write-Output "$($u.Id) $($u.DisplayName)"
}
