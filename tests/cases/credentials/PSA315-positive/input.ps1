# Created once with: Read-Host -AsSecureString | ConvertFrom-SecureString | Set-Content C:\secure\svc.txt
$pass = Get-Content C:\secure\svc.txt | ConvertTo-SecureString
$cred = New-Object System.Management.Automation.PSCredential('svc@contoso.com', $pass)
$c2 = [pscredential]::new('admin@contoso.com', (ConvertTo-SecureString -String (Get-Content -Path $PSScriptRoot\admin.txt)))
$enc = Get-Content .\exo.pw -Raw
$c3 = New-Object -TypeName PSCredential -ArgumentList 'exo@contoso.com', ($enc | ConvertTo-SecureString)
