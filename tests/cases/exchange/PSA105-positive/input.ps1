# Prerequisites from the old remote PowerShell instructions
winrm set winrm/config/client/auth @{Basic="true"}
winrm.cmd s winrm/config/client/auth @{Basic="true"}
Set-Item -Path WSMan:\localhost\Client\Auth\Basic -Value $true
Set-Item WSMan:\localhost\Client\Auth\Basic 'true'
Set-WSManInstance -ResourceURI winrm/config/client/auth -ValueSet @{Basic="true"}
