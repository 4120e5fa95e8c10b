# Scheduled: weekly report of Teams and SharePoint sites
$password = Get-Content 'D:\Jobs\report.pwd' | ConvertTo-SecureString
$jobCred = New-Object System.Management.Automation.PSCredential('report@contoso.com', $password)

Connect-MicrosoftTeams -Credential $jobCred
Connect-SPOService -Url https://contoso-admin.sharepoint.com -Credential $jobCred

$teams = Get-Team
$sites = Get-SPOSite -Limit All
"$($teams.Count) teams, $($sites.Count) sites" | Out-File 'D:\Jobs\weekly.txt'
