Connect-ExchangeOnline -CertificateThumbprint $t -AppId $a -Organization contoso.onmicrosoft.com
Connect-IPPSSession -CertificateThumbprint $t -AppId $a -Organization contoso.onmicrosoft.com
