$cred = Import-Clixml -Path "$PSScriptRoot\svc-admin.xml"
Invoke-Command -ComputerName 'app01.contoso.local' -Credential $cred -ScriptBlock { hostname }
New-PSSession -ComputerName 'app02.contoso.local' -Cred (Import-Clixml 'C:\Creds\app02.xml')
