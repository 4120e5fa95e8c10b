# Lists the groups each mailbox is a member of (server-side filter).
function Test-ExoConnection {
    if (!$session -or ($session.State -ne "Opened")) {
        try { $script:session = Get-PSSession -InstanceId (Get-AcceptedDomain | select -First 1).RunspaceId.Guid -ErrorAction Stop }
        catch {
            try {
                $script:session = New-PSSession -ConfigurationName Microsoft.Exchange -ConnectionUri https://outlook.office365.com/powershell-liveid/ -Credential (Get-Credential) -Authentication Basic -AllowRedirection -ErrorAction Stop
                Import-PSSession $session -ErrorAction Stop | Out-Null
            }
            catch { Write-Error "Could not connect to Exchange Online" -ErrorAction Stop }
        }
    }
    return $true
}

if (!(Test-ExoConnection)) { return }
foreach ($dn in (Get-Content .\members.txt)) {
    $quoted = "'" + $dn.Replace("'", "''") + "'"
    $cmd = 'Invoke-Command -Session $session -ScriptBlock { Get-Recipient -Filter "Members -eq $using:quoted" | Select-Object PrimarySmtpAddress } -HideComputerName'
    $groups = Invoke-Expression $cmd
    "$dn`t$($groups.PrimarySmtpAddress -join ',')"
}
