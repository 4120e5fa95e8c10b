# Connect-ExchangeOnline -UseRPSSession
Write-Host 'Connect-ExchangeOnline -UseRPSSession no longer works'
Connect-ExchangeOnline -CertificateThumbprint '0123456789ABCDEF0123456789ABCDEF01234567' -AppId '00000000-0000-0000-0000-000000000001' -Organization 'contoso.onmicrosoft.com'
Connect-IPPSSession -CertificateThumbprint '0123456789ABCDEF0123456789ABCDEF01234567' -AppId '00000000-0000-0000-0000-000000000001' -Organization 'contoso.onmicrosoft.com'
