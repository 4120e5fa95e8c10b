# List the members of a lab group. The session check passes common parameters and
# discards the result; only then does the catch sign in.
param([Parameter(Mandatory)][string]$GroupId)
try {
    Get-AzureADCurrentSessionInfo -ErrorAction Stop -WhatIf:$false -Verbose:$false | Out-Null
}
catch {
    Connect-AzureAD -ErrorAction Stop | Out-Null
}
foreach ($member in Get-AzureADGroupMember -ObjectId $GroupId -All $true) {
    Write-Output "Member: $($member.ObjectId)"
}
