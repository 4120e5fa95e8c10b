# Exports mailbox sizes; reuses an open Exchange Online session if the admin wants to.
param($ReportPath = '.\mailbox-sizes.csv')

function Connect-Exchange {
    $session = Get-PSSession | Where-Object { $_.ConfigurationName -eq 'Microsoft.Exchange' }
    if ($session -ne $null) {
        $answer = Read-Host 'A session to Exchange Online is open. Use it? (y/n)'
        if ($answer -eq 'y') { return }
        $session | Remove-PSSession
    }
    $cred = Get-Credential -Message 'Exchange Online administrator'
    $s = New-PSSession -ConfigurationName Microsoft.Exchange -ConnectionUri https://outlook.office365.com/powershell-liveid/ -Credential $cred -Authentication Basic -AllowRedirection
    Import-PSSession $s -DisableNameChecking | Out-Null
}

Connect-Exchange
Get-Mailbox -ResultSize Unlimited | Get-MailboxStatistics | Select-Object DisplayName, TotalItemSize | Export-Csv $ReportPath -NoTypeInformation
