# winrm set winrm/config/client/auth @{Basic="true"}
Write-Host 'winrm set winrm/config/client/auth @{Basic="true"}'
# turning it off, and the service side (not the client)
winrm set winrm/config/client/auth @{Basic="false"}
Set-Item -Path WSMan:\localhost\Client\Auth\Basic -Value $false
Set-Item -Path WSMan:\localhost\Service\Auth\Kerberos -Value $true
winrm get winrm/config/client/auth
