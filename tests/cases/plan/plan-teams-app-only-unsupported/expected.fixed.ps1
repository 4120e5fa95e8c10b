# A job signs in to Teams with a stored password and creates teams: New-Team
# is not supported with application-based authentication (Microsoft's
# "Application-based authentication in Teams PowerShell Module"), so the
# connection is not made app-only.
[String]$username = "PSAdmin"
[System.Management.Automation.PSCredential]$tmpCreds = .\Common\GetRemoteCredentials.ps1 $username
[String]$clearTextPassword = $tmpCreds.GetNetworkCredential().password
$password = $clearTextPassword | ConvertTo-SecureString -AsPlainText -Force
[System.Management.Automation.PSCredential]$cred = New-Object System.Management.Automation.PSCredential($username, $password)

Connect-MicrosoftTeams -Credential $cred

foreach ($row in Import-Csv .\teams.csv) {
    New-Team -DisplayName $row.Name -Owner $row.Owner -Visibility Private
}
