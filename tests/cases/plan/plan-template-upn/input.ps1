# Fill in your admin account below.
$AdminUpn = ""
$Creds = Get-Credential -UserName $AdminUpn -Message "Login:"
Connect-ExchangeOnline -Credential $Creds
Get-EXOMailbox -ResultSize 10
