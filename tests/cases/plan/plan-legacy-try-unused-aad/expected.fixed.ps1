# Archives the Teams of finished projects
try {
    Connect-MicrosoftTeams
}
catch {
    Write-Host 'Sign-in failed, check the account'
    exit 1
}

Get-Team -Archived $false | Where-Object { $_.DisplayName -like 'PRJ-*' } | ForEach-Object {
    Set-TeamArchivedState -GroupId $_.GroupId -Archived:$true
}
