<#
.SYNOPSIS
    Forwarding audit: mailbox forwarding, inbox-rule forwarding, user directory.

.DESCRIPTION
    Grew out of console one-liners and snippets pasted from articles, so it
    mixes short aliases, abbreviated parameters, splatting and a block copied
    from a Word document. Output is one CSV for the security team.
#>
param(
    [string]$AdminUpn = 'audit-admin@fabrikam.com',
    [string]$ReportPath = 'C:\Scripts\Audit\Forwarding.csv',
    [int]$ReconnectEvery = 500
)

$Uri = 'https://outlook.office365.com/' + 'powershell-liveid/'
$SecurePass = ConvertTo-SecureString -String 'P@ssw0rd1' -AsPlain -Force
$cred = New-Object System.Management.Automation.PSCredential ($AdminUpn, $SecurePass)

# Short form, originally typed at the console
$s1 = nsn -ConfigurationN Microsoft.Exchange -ConnectionUri $Uri -Auth Basic -Cred $cred -AllowRedirection -ErrorAction SilentlyContinue
if (-not $s1) {
    # Fallback pasted from a how-to document (typographic dash and quotes kept)
    $s1 = New-PSSession -ConfigurationName Microsoft.Exchange -ConnectionUri $Uri –Credential $cred -Authentication ‘Basic’ -AllowRedirection
}
Import-PSSession $s1 -DisableNameChecking -AllowClobber | Out-Null

function Reset-ExoSession {
    param($OldSession)
    Remove-PSSession $OldSession -ErrorAction SilentlyContinue
    $sessionParams = @{ ConfigurationName = 'Microsoft.Exchange'; ConnectionUri = $Uri; Authentication = 'Basic'; Credential = $cred }
    $s = New-PSSession @sessionParams -AllowRedirection
    Import-PSSession $s -DisableNameChecking -AllowClobber | Out-Null
    return $s
}

$findings = @()
$mailboxes = Get-Mailbox -ResultSize Unlimited
for ($i = 0; $i -lt $mailboxes.Count; $i++) {
    if ($i -gt 0 -and ($i % $ReconnectEvery) -eq 0) {
        Write-Host "Reconnecting after $i mailboxes..." -ForegroundColor DarkGray
        $s1 = Reset-ExoSession -OldSession $s1
    }
    $mbx = $mailboxes[$i]
    if ($mbx.ForwardingSmtpAddress -or $mbx.ForwardingAddress) {
        $findings += [pscustomobject]@{ Mailbox = $mbx.PrimarySmtpAddress; Source = 'Mailbox'
            Target = "$($mbx.ForwardingSmtpAddress)$($mbx.ForwardingAddress)"; KeepCopy = $mbx.DeliverToMailboxAndForward }
    }
}
rsn $s1

# Inbox rules via the V2 module, which picks the credential up from the defaults
$PSDefaultParameterValues['Connect-ExchangeOnline:Credential'] = $cred
Connect-ExchangeOnline -ShowBanner:$false
foreach ($mbx in $mailboxes) {
    $rules = Get-InboxRule -Mailbox $mbx.PrimarySmtpAddress -ErrorAction SilentlyContinue |
        Where-Object { $_.ForwardTo -or $_.ForwardAsAttachmentTo -or $_.RedirectTo }
    foreach ($rule in $rules) {
        $findings += [pscustomobject]@{ Mailbox = $mbx.PrimarySmtpAddress; Source = "Rule: $($rule.Name)"
            Target = (@($rule.ForwardTo) + $rule.ForwardAsAttachmentTo + $rule.RedirectTo) -join ';'; KeepCopy = $true }
    }
}
Disconnect-ExchangeOnline -Confirm:$false

# Directory lookup for the external targets
$plain = $cred.GetNetworkCredential().Password
$encoded = [Convert]::ToBase64String([Text.Encoding]::ASCII.GetBytes("${AdminUpn}:$plain"))
$users = Invoke-RestMethod -Uri https://graph.microsoft.com/v1.0/users -Headers @{ Authorization = "Basic $encoded" }
$internal = @($users.value.mail)
foreach ($f in $findings) {
    $f | Add-Member -NotePropertyName External -NotePropertyValue (-not ($internal -contains $f.Target))
}
$findings | Export-Csv -Path $ReportPath -NoTypeInformation -Encoding UTF8
Write-Host "$($findings.Count) forwarding findings written to $ReportPath"
