# Two scripts pasted together: the second kept its byte-order mark.
Write-Host "Checking licences"
﻿Connect-MsolService
Get-MsolAccountSku | Format-Table AccountSkuId, ConsumedUnits
