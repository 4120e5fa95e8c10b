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
    $open = Get-PSSession
    if ($open.ComputerName -contains 'outlook.office365.com') {
        Write-Verbose "Exchange Online session already open"
        return
    }
    Get-AdminCredential
    $exo = New-PSSession -ConfigurationName Microsoft.Exchange -ConnectionUri "https://outlook.office365.com/powershell-liveid/" -Credential $script:AdminCred -Authentication Basic -AllowRedirection
    if (-not $?) { Stop-WithError "Could not open the Exchange Online session" }
    Import-PSSession $exo -DisableNameChecking | Out-Null
    if (-not $?) { Stop-WithError "Could not import the Exchange Online session" }
}

Connect-Exo
Get-Mailbox -ResultSize Unlimited | Select-Object DisplayName, PrimarySmtpAddress | Export-Csv .\mailboxes.csv -NoTypeInformation
