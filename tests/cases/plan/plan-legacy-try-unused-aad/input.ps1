# Archives the Teams of finished projects
$cred = Get-Credential -Message 'Teams administrator'
try {
    Connect-AzureAD -Credential $cred
    Connect-MicrosoftTeams -Credential $cred
}
catch [Microsoft.Open.Azure.AD.CommonLibrary.AadAuthenticationFailedException] {
    Write-Host 'Sign-in failed, check the account'
    exit 1
}

Get-Team -Archived $false | Where-Object { $_.DisplayName -like 'PRJ-*' } | ForEach-Object {
    Set-TeamArchivedState -GroupId $_.GroupId -Archived:$true
}
