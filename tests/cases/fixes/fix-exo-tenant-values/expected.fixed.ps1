<#
.SYNOPSIS
  Nightly mailbox report.
#>
param([string]$Out = 'C:\Reports\mbx.csv')

Connect-ExchangeOnline -CertificateThumbprint '0123456789ABCDEF0123456789ABCDEF01234567' -AppId '6f1a2b3c-0000-4000-8000-000000000001' -Organization 'contoso.onmicrosoft.com' -Prefix Cloud -ShowBanner:$false | Out-Null
try {
    Get-CloudMailbox -ResultSize Unlimited | Export-Csv $Out -NoTypeInformation
}
finally {
    Disconnect-ExchangeOnline -Confirm:$false
}
