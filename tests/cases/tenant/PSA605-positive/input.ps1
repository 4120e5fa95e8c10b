Connect-ExchangeOnline -CertificateThumbprint '0123456789ABCDEF0123456789ABCDEF01234567' -AppId '00000000-0000-0000-0000-000000000001' -Organization 'contoso.onmicrosoft.com' -ShowBanner:$false

# Take PowerShell access away from ordinary users.
Get-Content .\users.txt | ForEach-Object {
    Set-User -Identity $_ -RemotePowerShellEnabled $false
}
Set-User admin@contoso.com -RemotePowerShellEnabled:$true

$p = @{ Identity = 'helpdesk@contoso.com'; RemotePowerShellEnabled = $false }
Set-User @p
