# Functions whose reads would see other objects too: nothing is edited, and the reason names them
function RecordLicense($need, $msg, $users) {
    foreach ($u in $users) { Write-Output "$msg $($u.UserPrincipalName) $($u.ObjectId)" }
}
function Expand-Group($Group) {
    Write-Output $Group.ObjectId
    Get-AzureADGroupMember -ObjectId $Group.ObjectId | Where-Object { $_.ObjectType -eq 'Group' } |
        ForEach-Object { Expand-Group -Group $_ }
}
function Test-Direct([Microsoft.Online.Administration.User]$user) {
    $user.Licenses.Count -gt 0
}
Connect-MsolService
Connect-AzureAD
$cloud = Get-MsolUser -All
RecordLicense $false "cloud" $cloud
$onprem = Get-ADUser -Filter * -Properties mail
RecordLicense $true "onprem" $onprem
Expand-Group -Group (Get-AzureADGroup -ObjectId $groupId)
Get-MsolUser -All | Where-Object { Test-Direct $_ }
# the objects come back out of the function, whose callers' reads are not followed
function Pick-User($User) { if ($User.IsLicensed) { $User } }
$picked = Pick-User -User (Get-MsolUser -UserPrincipalName 'ada@contoso.com')
$picked.ObjectId
function Wrap-User($User) { [pscustomobject]@{ Upn = $User.UserPrincipalName; User = $User } }
$wrapped = Wrap-User -User (Get-MsolUser -UserPrincipalName 'bob@contoso.com')
$wrapped.User.ObjectId
function Show-Id($User) { $PSBoundParameters['User'].ObjectId }
Show-Id -User (Get-MsolUser -UserPrincipalName 'cy@contoso.com')
# piped to a function without a ValueFromPipeline parameter; a function named outside a call
function Get-Row { process { $_.ObjectId } }
Get-MsolUser -All -Department 'Sales' | Get-Row
function Show-Name($User) { $User.DisplayName }
$job = Start-Job -ScriptBlock ${function:Show-Name} -ArgumentList 'x'
Show-Name (Get-MsolUser -UserPrincipalName 'dee@contoso.com')
# a script block in the function reads $_: whose $_ it is depends on how the block runs
function Find-Owner { $script:Hit = $owners.Where({ $_.ObjectId -eq 'x' }); $script:Id = $_.ObjectId }
Get-MsolUser -All -Title 'Owner' | ForEach-Object { Find-Owner }
# piped to a function that reads $_ in its process block besides its pipeline parameter
function Show-Group { param([Parameter(ValueFromPipeline = $true)] $Group) process { "$($Group.DisplayName) $($_.ObjectId)" } }
Get-MsolGroup -All | Show-Group
