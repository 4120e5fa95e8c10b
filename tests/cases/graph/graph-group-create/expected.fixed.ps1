# Creates the project's security group and adds the project members listed in a CSV file.
param(
    [Parameter(Mandatory)] [string] $ProjectName,
    [string] $MemberFile = '.\project-members.csv'
)

Connect-MgGraph -Scopes 'Group.ReadWrite.All', 'GroupMember.ReadWrite.All', 'User.Read.All' -NoWelcome

$nick = ($ProjectName -replace '[^A-Za-z0-9]', '').ToLower()
$group = New-MgGroup -DisplayName "PRJ - $ProjectName" -Description "Members of project $ProjectName" -MailEnabled:$false -SecurityEnabled -MailNickname "prj$nick"
Write-Host "Created group $($group.DisplayName) ($($group.Id))"

foreach ($row in Import-Csv $MemberFile) {
    $user = Get-MgUser -UserId $row.UserPrincipalName -Property Id
    New-MgGroupMemberByRef -GroupId $group.Id -OdataId "https://graph.microsoft.com/v1.0/directoryObjects/$($user.Id)"
    Write-Host "  added $($row.UserPrincipalName)"
}
