<#
.SYNOPSIS
  Locks down a compromised mailbox: turns auditing on and clears forwarding,
  then places the mailbox on hold in the compliance center.
#>
param([Parameter(Mandatory)][string]$Upn)

$admin = Get-Credential

Write-Output "Connecting to Exchange Online"
$exo = New-PSSession -ConfigurationName Microsoft.Exchange -ConnectionUri https://outlook.office365.com/powershell-liveid/ -Credential $admin -Authentication Basic -AllowRedirection
if ($null -ne $exo) {
    Import-PSSession $exo -AllowClobber | Out-Null
} else {
    Write-Output "  Exchange Online is not available for this account"
}

Write-Output "Connecting to Security & Compliance"
$scc = New-PSSession -ConfigurationName Microsoft.Exchange -ConnectionUri https://ps.compliance.protection.outlook.com/powershell-liveid/ -Credential $admin -Authentication Basic -AllowRedirection
if ($scc) {
    Import-PSSession $scc -AllowClobber | Out-Null
}

Set-Mailbox -Identity $Upn -AuditEnabled $true -DeliverToMailboxAndForward $false -ForwardingSmtpAddress $null
New-CaseHoldPolicy -Name "Breach $Upn" -ExchangeLocation $Upn
Write-Output "Done by $($admin.UserName)"
