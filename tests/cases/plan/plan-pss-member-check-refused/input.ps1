# profile snippet: reconnects the console to Exchange Online when the session dropped
if ((Get-PSSession).ConfigurationName -notcontains 'Microsoft.Exchange') {
    $UserCredential = Get-Credential -Message "Exchange Online admin account"
    $Session = New-PSSession -ConfigurationName Microsoft.Exchange -ConnectionUri https://outlook.office365.com/powershell-liveid/ -Credential $UserCredential -Authentication Basic -AllowRedirection
    Import-PSSession $Session -AllowClobber | Out-Null
}
Write-Host "Exchange Online ready" -ForegroundColor Green
