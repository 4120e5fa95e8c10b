# Fill in your admin account below.
$AdminUpn = ""
Connect-ExchangeOnline -UserPrincipalName $AdminUpn
Get-EXOMailbox -ResultSize 10
