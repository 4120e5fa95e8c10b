# settings, not a credential
$settings = Import-Clixml -Path "$PSScriptRoot\settings.xml"
Invoke-Command -ComputerName $settings.Server -ScriptBlock { hostname }
# Import-Clixml cred.xml | Invoke-Command -Credential
$cred = Get-Credential
Invoke-Command -ComputerName 'app01.contoso.local' -Credential $cred -ScriptBlock { hostname }
