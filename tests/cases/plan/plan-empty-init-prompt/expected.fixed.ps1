function Get-Forwarding {
  param([string]$AdminUpn)
  Connect-ExchangeOnline -UserPrincipalName $AdminUpn -ShowBanner:$false
  Get-Mailbox | Where-Object { $_.ForwardingSmtpAddress } | Select-Object Name, ForwardingSmtpAddress
}
Get-Forwarding -AdminUpn admin@contoso.example
