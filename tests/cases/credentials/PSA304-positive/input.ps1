$net = New-Object System.Net.NetworkCredential('svc-relay', 'Relay#2024')
$net2 = [System.Net.NetworkCredential]::new('svc-relay', 'Relay#2024b', 'CONTOSO')
# the literal through a variable; -TypeName / -ArgumentList form
$pass = 'Typed1nScript'
$ps = New-Object -TypeName PSCredential -ArgumentList 'admin@contoso.com', $pass
