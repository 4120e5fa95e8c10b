Connect-ExchangeOnline -CertificateThumbprint $t -AppId $a -Organization contoso.onmicrosoft.com -UseRPSSession
Connect-IPPSSession -UseRPSSession:$false -CertificateThumbprint $t -AppId $a -Organization contoso.onmicrosoft.com
