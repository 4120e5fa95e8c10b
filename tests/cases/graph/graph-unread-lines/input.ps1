# Lines psauth's parser cannot read (the property list after a calculated property, lines 5-6) that
# names nothing holding the call's objects: the user read is still rewritten
Connect-AzureAD
Get-Process | Select-Object `
    @{Name = 'MemoryMB'; Expression = { [math]::Round($_.WS / 1MB) }}, `
    Name, Id | Format-Table
$users = Get-AzureADUser -All $true
foreach ($u in $users) {
    Write-Output "$($u.ObjectId) $($u.DisplayName)"
}
