# Sets a forwarding address for each user in a CSV file.
param([Parameter(Mandatory = $true)][string]$Csv)

$rows = Import-Csv $Csv
Write-Host "Checking for an existing Exchange Online session..."
$live = Get-PSSession | Where-Object { $_.ComputerName -like "*outlook.office365.com" -and $_.State -eq "Opened" }
if ($live.Count -ge 1) {
    Write-Host "Already connected."
}
else {
    $admin = Get-Credential -Message "Exchange Online admin"
    $s = New-PSSession -ConfigurationName Microsoft.Exchange -ConnectionUri https://outlook.office365.com/powershell-liveid/ -Credential $admin -Authentication Basic -AllowRedirection
    Import-PSSession $s -DisableNameChecking | Out-Null
}
foreach ($row in $rows) {
    Set-Mailbox -Identity $row.User -ForwardingSmtpAddress $row.Target -DeliverToMailboxAndForward $true
}
