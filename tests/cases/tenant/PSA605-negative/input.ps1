# Set-User -Identity x -RemotePowerShellEnabled $false
Write-Host 'Set-User -RemotePowerShellEnabled is replaced by -EXOModuleEnabled'

Connect-ExchangeOnline -CertificateThumbprint '0123456789ABCDEF0123456789ABCDEF01234567' -AppId '00000000-0000-0000-0000-000000000001' -Organization 'contoso.onmicrosoft.com'
Set-User -Identity 'user@contoso.com' -EXOModuleEnabled $false
# filters still use the old property name
Get-User -ResultSize Unlimited -Filter 'RemotePowerShellEnabled -eq $true'
