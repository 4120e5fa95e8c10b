<#
.SYNOPSIS
    Reports mailbox sizes of shared mailboxes.
.PARAMETER PSCredName
    Name of the Automation credential asset used to connect.
.PARAMETER Threshold
    Size in GB above which a mailbox is reported.
#>
param(
    [Parameter(Mandatory = $true)]
    [string]$PSCredName,
    [int]$Threshold = 40
)

$cred = Get-AutomationPSCredential -Name $PSCredName
Write-Output "using account $($cred.UserName)"

Connect-ExchangeOnline -Credential $cred -ShowBanner:$false
Get-EXOMailbox -RecipientTypeDetails SharedMailbox -ResultSize Unlimited | ForEach-Object {
    $s = Get-EXOMailboxStatistics -Identity $_.UserPrincipalName
    if ($s.TotalItemSize.Value.ToGB() -gt $Threshold) { Write-Output "$($_.UserPrincipalName): $($s.TotalItemSize)" }
}
Disconnect-ExchangeOnline -Confirm:$false
