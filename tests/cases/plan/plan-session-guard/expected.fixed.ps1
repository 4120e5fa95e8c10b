<#
.SYNOPSIS
  Locks down a compromised mailbox: turns auditing on and clears forwarding,
  then places the mailbox on hold in the compliance center.
#>
param([Parameter(Mandatory)][string]$Upn)

$adminUpn = Read-Host -Prompt 'User name (UPN) to sign in with'

Write-Output "Connecting to Exchange Online"
Connect-ExchangeOnline -UserPrincipalName $adminUpn -ShowBanner:$false | Out-Null
if ($null -eq (Get-ConnectionInformation | Where-Object { -not $_.IsEopSession })) {
    Write-Output "  Exchange Online is not available for this account"
}

Write-Output "Connecting to Security & Compliance"
Connect-IPPSSession -UserPrincipalName $adminUpn -ShowBanner:$false | Out-Null

Set-Mailbox -Identity $Upn -AuditEnabled $true -DeliverToMailboxAndForward $false -ForwardingSmtpAddress $null
New-CaseHoldPolicy -Name "Breach $Upn" -ExchangeLocation $Upn
Write-Output "Done by $($adminUpn)"
