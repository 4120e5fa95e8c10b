# Creates the project's security group and adds the project members listed in a CSV file.
param(
    [Parameter(Mandatory)] [string] $ProjectName,
    [string] $MemberFile = '.\project-members.csv'
)

Connect-AzureAD

$nick = ($ProjectName -replace '[^A-Za-z0-9]', '').ToLower()
$group = New-AzureADGroup -DisplayName "PRJ - $ProjectName" -Description "Members of project $ProjectName" -MailEnabled $false -SecurityEnabled $true -MailNickName "prj$nick"
Write-Host "Created group $($group.DisplayName) ($($group.ObjectId))"

foreach ($row in Import-Csv $MemberFile) {
    $user = Get-AzureADUser -ObjectId $row.UserPrincipalName
    Add-AzureADGroupMember -ObjectId $group.ObjectId -RefObjectId $user.ObjectId
    Write-Host "  added $($row.UserPrincipalName)"
}
