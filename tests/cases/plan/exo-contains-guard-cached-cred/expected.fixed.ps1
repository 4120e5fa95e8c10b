# Shared helpers dot-sourced by the mailbox report scripts
function Stop-WithError([string]$Message) {
    Write-Error $Message
    exit 1
}

function Get-AdminCredential {
    if (-not $script:AdminCred) {
        $entered = Get-Credential -Message "Exchange Online administrator"
        if (-not $entered) { Stop-WithError "No credential entered" }
        $script:AdminCred = $entered
    }
}

function Connect-Exo {
    $open = Get-ConnectionInformation
    if ($open) {
        Write-Verbose "Exchange Online session already open"
        return
    }
    Get-AdminCredential
    Connect-ExchangeOnline -UserPrincipalName $script:AdminCred.UserName -ShowBanner:$false | Out-Null
    if (-not $?) { Stop-WithError "Could not open the Exchange Online session" }
}

Connect-Exo
Get-EXOMailbox -ResultSize Unlimited | Select-Object DisplayName, PrimarySmtpAddress | Export-Csv .\mailboxes.csv -NoTypeInformation
