<#
.SYNOPSIS
    Lists the mailboxes that forward mail outside the organization.
#>
param(
    [string]$Report = ".\forwarding.csv"
)

$current = Get-PSSession
if ($current.ConfigurationName -ne "Microsoft.Exchange" -or $current.State -ne "Opened") {
    Write-Host "Not connected to Exchange Online yet" -ForegroundColor Yellow
    $adminCred = Get-Credential
    $exo = New-PSSession -ConfigurationName Microsoft.Exchange -ConnectionUri https://outlook.office365.com/powershell-liveid/ -Credential $adminCred -Authentication Basic -AllowRedirection
    Import-PSSession $exo -AllowClobber | Out-Null
}

Get-Mailbox -ResultSize Unlimited |
    Where-Object { $_.ForwardingSmtpAddress } |
    Select-Object DisplayName, PrimarySmtpAddress, ForwardingSmtpAddress, DeliverToMailboxAndForward |
    Export-Csv -Path $Report -NoTypeInformation
