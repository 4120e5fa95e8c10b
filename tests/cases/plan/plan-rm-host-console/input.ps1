# Run in the admin console after connecting to Exchange Online.
# Turns on litigation hold for the mailboxes listed in holds.csv.
Import-Csv .\holds.csv | ForEach-Object {
    Set-Mailbox -Identity $_.Mailbox -LitigationHoldEnabled $true -LitigationHoldDuration 2555
    Write-Host "Hold set for $($_.Mailbox)"
}

Remove-PSSession -ComputerName outlook.office365.com
