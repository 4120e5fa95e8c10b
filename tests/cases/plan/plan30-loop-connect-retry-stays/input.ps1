$cred = Import-Clixml -Path 'C:\Jobs\exo.xml'
$attempt = 0
do {
    $attempt++
    $session = New-PSSession -ConfigurationName Microsoft.Exchange -ConnectionUri https://outlook.office365.com/powershell-liveid/ -Credential $cred -Authentication Basic -AllowRedirection -ErrorAction SilentlyContinue
    if (-not $session) { Start-Sleep -Seconds 30 }
} until ($session -or $attempt -ge 5)
Import-PSSession $session -AllowClobber | Out-Null
Get-Mailbox -ResultSize 10
