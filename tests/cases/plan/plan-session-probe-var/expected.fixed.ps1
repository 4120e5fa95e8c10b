# Exports mailbox sizes; reuses an open Exchange Online session if the admin wants to.
param($ReportPath = '.\mailbox-sizes.csv')

function Connect-Exchange {
    $session = Get-ConnectionInformation
    if ($session -ne $null) {
        $answer = Read-Host 'A session to Exchange Online is open. Use it? (y/n)'
        if ($answer -eq 'y') { return }
        Disconnect-ExchangeOnline -Confirm:$false
    }
    Connect-ExchangeOnline -ShowBanner:$false | Out-Null
}

Connect-Exchange
Get-Mailbox -ResultSize Unlimited | Get-MailboxStatistics | Select-Object DisplayName, TotalItemSize | Export-Csv $ReportPath -NoTypeInformation
