param([string]$CsvPath = '.\shared.csv')

function Set-SharedMailboxSettings {
    param([string]$Path)
    try {
        $cred = Import-Clixml -Path "$env:USERPROFILE\o365.xml"
        Connect-MsolService -Credential $cred
        Connect-ExchangeOnline -Credential $cred -ShowBanner:$false
    }
    catch {
        Write-Error "Could not connect: $_"
        return
    }
    foreach ($row in Import-Csv $Path) {
        Set-Mailbox -Identity $row.Mailbox -MessageCopyForSentAsEnabled $true
    }
    Disconnect-ExchangeOnline -Confirm:$false
}

Set-SharedMailboxSettings -Path $CsvPath
