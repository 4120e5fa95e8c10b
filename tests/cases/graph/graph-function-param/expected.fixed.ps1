# Objects handed to the script's own functions by name, by position and through the pipeline:
# the functions' reads of their parameters (and of a copy) are the calls' reads, edited with them
function Write-UserRow($User, [string]$Tag) {
    $u = $User
    "{0},{1},{2}" -f $Tag, $u.UserPrincipalName, $User.Id | Out-File .\users.csv -Append
    if ((-not $User.AccountEnabled)) { Write-Warning "$($User.DisplayName) cannot sign in" }
}
function Show-Group {
    [CmdletBinding()]
    param([Parameter(Mandatory = $true, ValueFromPipeline = $true)] $Group)
    process { Write-Output "$($Group.DisplayName) $($Group.Id)" }
}
Connect-MgGraph -Scopes 'GroupMember.Read.All', 'User.Read.All' -NoWelcome
$users = Get-MgUser -All -Property UserPrincipalName, Id, AccountEnabled, DisplayName
foreach ($user in $users) { Write-UserRow -User $user -Tag 'all' }
Write-UserRow (Get-MgUser -UserId 'ada@contoso.com' -Property UserPrincipalName, Id, AccountEnabled, DisplayName) 'one'
Get-MgGroup -All | Show-Group
