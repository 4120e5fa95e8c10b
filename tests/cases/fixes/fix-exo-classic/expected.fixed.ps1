<#
.SYNOPSIS
  Nightly mailbox report.
#>
param([string]$Out = 'C:\Reports\mbx.csv')

Connect-ExchangeOnline -Prefix Cloud -ShowBanner:$false | Out-Null
try {
    Get-CloudMailbox -ResultSize Unlimited | Export-Csv $Out -NoTypeInformation
}
finally {
    Disconnect-ExchangeOnline -Confirm:$false
}
