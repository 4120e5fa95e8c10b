# Sets a Teams retention label; in Azure Automation $cred comes from the account
if ($null -eq $cred) {
    $cred = Get-Credential -Message 'Admin credentials for the tenant'
    Connect-MicrosoftTeams -AccountId $cred.UserName
}

$team = Get-Team -DisplayName 'Project X'
Set-Team -GroupId $team.GroupId -Description 'Archived project'
Get-TeamUser -GroupId $team.GroupId | Export-Csv -Path .\members.csv -NoTypeInformation
