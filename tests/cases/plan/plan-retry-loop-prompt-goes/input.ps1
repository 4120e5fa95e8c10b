# Mailbox permission report: asks for the Exchange admin until the sign-in works
$connected = $false
$attempts = 0
do {
    $attempts++
    $AdminCred = Get-Credential -Message "Exchange Online administrator"
    try {
        $exo = New-PSSession -ConfigurationName Microsoft.Exchange -ConnectionUri https://outlook.office365.com/powershell-liveid/ -Credential $AdminCred -Authentication Basic -AllowRedirection -ErrorAction Stop
        Import-PSSession $exo -DisableNameChecking | Out-Null
        $connected = $true
    }
    catch {
        Write-Warning "Bad user name or password, try again"
    }
} until ($connected -or $attempts -ge 3)

if (-not $connected) { throw "Could not connect to Exchange Online" }

Get-Mailbox -ResultSize Unlimited | Get-MailboxPermission |
    Where-Object { -not $_.IsInherited -and $_.User -notlike "NT AUTHORITY*" } |
    Export-Csv -Path .\MailboxPermissions.csv -NoTypeInformation

Remove-PSSession $exo
