# No Exchange Online connection in this file: removing every session is ordinary remoting.
$s = New-PSSession -ComputerName fs01
Invoke-Command -Session $s -ScriptBlock { Get-Service }
Get-PSSession | Remove-PSSession
Remove-PSSession $s
