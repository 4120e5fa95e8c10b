# Objects handed to the script's own functions by name, by position and through the pipeline:
# the functions' reads of their parameters (and of a copy) are the calls' reads, edited with them
function Write-UserRow($User, [string]$Tag) {
    $u = $User
    "{0},{1},{2}" -f $Tag, $u.UserPrincipalName, $User.ObjectId | Out-File .\users.csv -Append
    if ($User.BlockCredential) { Write-Warning "$($User.DisplayName) cannot sign in" }
}
function Show-Group {
    [CmdletBinding()]
    param([Parameter(Mandatory = $true, ValueFromPipeline = $true)] $Group)
    process { Write-Output "$($Group.DisplayName) $($Group.ObjectId)" }
}
Connect-MsolService
$users = Get-MsolUser -All
foreach ($user in $users) { Write-UserRow -User $user -Tag 'all' }
Write-UserRow (Get-MsolUser -UserPrincipalName 'ada@contoso.com') 'one'
Get-MsolGroup -All | Show-Group
