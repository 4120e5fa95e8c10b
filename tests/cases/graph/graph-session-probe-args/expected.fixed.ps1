# List the members of a lab group. The session check passes common parameters and
# discards the result; only then does the catch sign in.
param([Parameter(Mandatory)][string]$GroupId)
try {
    if (-not (Get-MgContext)) { throw 'Not connected' }
}
catch {
    Connect-MgGraph -Scopes 'GroupMember.Read.All' -NoWelcome -ErrorAction Stop | Out-Null
}
foreach ($member in Get-MgGroupMember -GroupId $GroupId -All) {
    Write-Output "Member: $($member.Id)"
}
