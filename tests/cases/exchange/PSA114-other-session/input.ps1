# The file opens a session of its own, so removing every session is not about Exchange Online.
Connect-ExchangeOnline -UserPrincipalName admin@contoso.onmicrosoft.com
$fs = New-PSSession -ComputerName fs01
Invoke-Command -Session $fs -ScriptBlock { Get-ChildItem D:\Shares }
Get-PSSession | Remove-PSSession
# Already disconnected properly: reported, but no second Disconnect-ExchangeOnline.
Get-PSSession -ConfigurationName Microsoft.Exchange | Remove-PSSession
Disconnect-ExchangeOnline -Confirm:$false
