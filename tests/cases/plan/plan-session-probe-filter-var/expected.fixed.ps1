# Sets a forwarding address for each user in a CSV file.
param([Parameter(Mandatory = $true)][string]$Csv)

$rows = Import-Csv $Csv
Write-Host "Checking for an existing Exchange Online session..."
$live = Get-ConnectionInformation | Where-Object { $_.State -eq 'Connected' -and -not $_.IsEopSession }
if ($live.Count -ge 1) {
    Write-Host "Already connected."
}
else {
    Connect-ExchangeOnline -ShowBanner:$false | Out-Null
}
foreach ($row in $rows) {
    Set-Mailbox -Identity $row.User -ForwardingSmtpAddress $row.Target -DeliverToMailboxAndForward $true
}
