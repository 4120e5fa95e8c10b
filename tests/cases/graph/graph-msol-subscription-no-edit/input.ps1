# The MSOnline reference names no output properties of Get-MsolSubscription: a read of them
# has no documented Graph equivalent, so nothing is edited
Connect-MsolService
Get-MsolSubscription | ForEach-Object { Write-Output "$($_.SkuPartNumber) $($_.NextLifecycleDate)" }
