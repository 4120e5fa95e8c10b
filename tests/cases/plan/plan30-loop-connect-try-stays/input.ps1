$cred = Import-Clixml -Path 'C:\Jobs\exo.xml'
foreach ($mbx in Get-Content .\mailboxes.txt) {
    try {
        $session = New-PSSession -ConfigurationName Microsoft.Exchange -ConnectionUri https://outlook.office365.com/powershell-liveid/ -Credential $cred -Authentication Basic -AllowRedirection -ErrorAction Stop
        Import-PSSession $session -AllowClobber | Out-Null
    } catch {
        Write-Warning "Could not connect for $mbx"
        continue
    }
    Set-Mailbox -Identity $mbx -RetainDeletedItemsFor 30
    Remove-PSSession $session
}
