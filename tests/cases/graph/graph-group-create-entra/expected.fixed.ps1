# Creates the project's security group and adds the project members listed in a CSV file.
param(
    [Parameter(Mandatory)] [string] $ProjectName,
    [string] $MemberFile = '.\project-members.csv'
)

Connect-Entra -Scopes 'Group.ReadWrite.All', 'GroupMember.ReadWrite.All', 'User.Read.All'

$nick = ($ProjectName -replace '[^A-Za-z0-9]', '').ToLower()
$group = New-EntraGroup -DisplayName "PRJ - $ProjectName" -Description "Members of project $ProjectName" -MailEnabled $false -SecurityEnabled $true -MailNickName "prj$nick"
Write-Host "Created group $($group.DisplayName) ($($group.ObjectId))"

foreach ($row in Import-Csv $MemberFile) {
    $user = Get-EntraUser -ObjectId $row.UserPrincipalName
    Add-EntraGroupMember -ObjectId $group.ObjectId -RefObjectId $user.ObjectId
    Write-Host "  added $($row.UserPrincipalName)"
}
