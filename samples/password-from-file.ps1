<#
.SYNOPSIS
    Teams ownership report: teams with fewer than two owners.

.DESCRIPTION
    Connects to Microsoft Teams with the reporting service account and lists
    every team with its owners. For teams that have lost their owners, the
    Microsoft 365 group mailbox is checked in Exchange Online with a second
    service account. Runs nightly as a scheduled task on FABRIKAM-OPS02.

    The AES password file was created once with:
        Read-Host -AsSecureString | ConvertFrom-SecureString -Key $key | Set-Content C:\Scripts\aes.txt
#>
param(
    [string]$ReportPath = 'C:\Scripts\Reports\TeamsOwners.csv',
    [int]$MinimumOwners = 2
)

# --- Teams reporting account (password kept next to the script) ---
$teamsUser = 'svc-teamsreport@fabrikam.com'
$pw = Get-Content "C:\Scripts\svc-password.txt"
$securePw = ConvertTo-SecureString $pw -AsPlainText -Force
$teamsCred = [pscredential]::new($teamsUser, $securePw)

# --- Exchange account, password encrypted with a fixed AES key ---
[byte[]]$key = 1..16
$exoUser = 'svc-exoread@fabrikam.com'
$exoPw = Get-Content C:\Scripts\aes.txt | ConvertTo-SecureString -Key $key
$exoCred = New-Object -TypeName System.Management.Automation.PSCredential -ArgumentList $exoUser, $exoPw

try {
    Connect-MicrosoftTeams -Credential $teamsCred | Out-Null
}
catch {
    Write-Error "Teams sign-in failed: $($_.Exception.Message)"
    exit 1
}

$teams = Get-Team
Write-Host "Checking $($teams.Count) teams..." -ForegroundColor Cyan
$orphaned = @()
$rows = foreach ($team in $teams) {
    $owners = @(Get-TeamUser -GroupId $team.GroupId -Role Owner)
    if ($owners.Count -lt $MinimumOwners) { $orphaned += $team }
    [pscustomobject]@{
        Team       = $team.DisplayName
        GroupId    = $team.GroupId
        Visibility = $team.Visibility
        OwnerCount = $owners.Count
        Owners     = ($owners.User -join '; ')
    }
}

if ($orphaned.Count -gt 0) {
    Connect-ExchangeOnline -Credential $exoCred -ShowBanner:$false
    foreach ($team in $orphaned) {
        $group = Get-UnifiedGroup -Identity $team.GroupId
        Write-Host ("{0}: {1} owner(s), mailbox {2}" -f $team.DisplayName,
            ($rows | Where-Object GroupId -eq $team.GroupId).OwnerCount, $group.PrimarySmtpAddress) -ForegroundColor Yellow
    }
    Disconnect-ExchangeOnline -Confirm:$false
}

$rows | Export-Csv -Path $ReportPath -NoTypeInformation
Disconnect-MicrosoftTeams
Write-Host "Report written to $ReportPath ($($orphaned.Count) teams below $MinimumOwners owners)"
