$pw = Get-Content -Path 'C:\Scripts\relay.pwd'
$net = New-Object System.Net.NetworkCredential('svc-relay', $pw)
$raw = [IO.File]::ReadAllText('C:\Scripts\ews.pwd')
$net2 = New-Object -TypeName System.Net.NetworkCredential -ArgumentList 'svc-ews', $raw
$row = Import-Csv -Path 'C:\Scripts\accounts.csv' | Select-Object -First 1
$net3 = New-Object System.Net.NetworkCredential($row.User, $row.Password)
