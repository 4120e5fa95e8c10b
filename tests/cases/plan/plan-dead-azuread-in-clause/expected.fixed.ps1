# Sets a Teams retention label; in Azure Automation $cred comes from the account
if ($null -eq $AdminUpn) {
    $AdminUpn = Read-Host -Prompt 'Admin user name (UPN) for the tenant'
    Connect-MicrosoftTeams -AccountId $AdminUpn
}

$team = Get-Team -DisplayName 'Project X'
Set-Team -GroupId $team.GroupId -Description 'Archived project'
Get-TeamUser -GroupId $team.GroupId | Export-Csv -Path .\members.csv -NoTypeInformation
