$pw1 = Get-Content 'C:\Scripts\password.txt' | ConvertTo-SecureString -AsPlainText -Force
$pw2 = ConvertTo-SecureString (Get-Content -Path 'C:\Scripts\password.txt' -Raw) -AsPlainText -Force
$fromFile = Get-Content -LiteralPath '\\fs01\scripts$\svc.pwd'
$pw3 = ConvertTo-SecureString -String $fromFile -AsPlain -Force
$row = Import-Csv 'C:\Scripts\accounts.csv' | Select-Object -First 1
$pw4 = ConvertTo-SecureString $row.Password -AsPlainText -Force
