<#
.SYNOPSIS
  Nightly mailbox report.
#>
param([string]$Out = 'C:\Reports\mbx.csv')

Connect-ExchangeOnline -CertificateThumbprint '0123456789ABCDEF0123456789ABCDEF01234567' -AppId '11111111-2222-3333-4444-555555555555' -Organization 'contoso.onmicrosoft.com' -Prefix Cloud -ShowBanner:$false | Out-Null
try {
    Get-CloudMailbox -ResultSize Unlimited | Export-Csv $Out -NoTypeInformation
}
finally {
    Disconnect-ExchangeOnline -Confirm:$false
}
