$cred = Get-Credential

Invoke-Command -ComputerName 'app01.contoso.local' -Authentication Basic -Credential $cred -ScriptBlock { hostname }
Enter-PSSession -ComputerName 'app01.contoso.local' -Auth basic -Credential $cred
$opt = New-PSSessionOption -Authentication Basic
Connect-WSMan -ComputerName 'app01.contoso.local' -Authentication Basic -Credential $cred
New-CimSession -ComputerName 'app01.contoso.local' -Authentication Basic -Credential $cred

# value through a variable, splatted
$auth = 'Basic'
$remote = @{ ComputerName = 'app02.contoso.local'; Authentication = $auth; Credential = $cred }
Invoke-Command @remote -ScriptBlock { hostname }

# typographic dash and quotes
New-PSSession -ComputerName 'app03.contoso.local' –Authentication ‘Basic’ -Credential $cred
