# The tenant read only as a connection probe (its output discarded): nothing of the
# organization is read, so the scopes ask for User.Read (GET /organization), not Organization.Read.All
try { Get-MgOrganization -ErrorAction Stop | Out-Null }
catch { Connect-MgGraph -Scopes 'GroupMember.Read.All', 'User.Read' -NoWelcome | Out-Null }
Get-MgGroup -All | Select-Object DisplayName, Mail
