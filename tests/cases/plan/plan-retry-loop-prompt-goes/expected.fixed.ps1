# Mailbox permission report: asks for the Exchange admin until the sign-in works
$connected = $false
$attempts = 0
do {
    $attempts++
    try {
        Connect-ExchangeOnline -ErrorAction Stop -ShowBanner:$false | Out-Null
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

Disconnect-ExchangeOnline -Confirm:$false
