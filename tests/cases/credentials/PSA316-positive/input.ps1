param([string]$ProxyPassword, $Pass)
$pw = Read-Host -Prompt 'Password'
$nc = New-Object System.Net.NetworkCredential('svc', $pw, 'CONTOSO')
$wc = New-Object System.Net.WebClient
$wc.Credentials = New-Object Net.NetworkCredential($env:USERNAME, $env:SVC_PASSWORD)
$proxy = [System.Net.NetworkCredential]::new('proxyuser', $ProxyPassword)
$other = New-Object -TypeName System.Net.NetworkCredential -ArgumentList 'u', $Pass
