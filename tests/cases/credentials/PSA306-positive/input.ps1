[byte[]]$Key = @(12, 34, 56, 78, 90, 12, 34, 56, 78, 90, 12, 34, 56, 78, 90, 12)
$secure = Get-Content 'C:\Scripts\svc.enc' | ConvertTo-SecureString -Key $Key
$enc = ConvertFrom-SecureString -SecureString $secure -Key (3, 4, 2, 3, 56, 34, 254, 222, 1, 1, 2, 23, 42, 54, 33, 233)
$aes = @{ Key = [byte[]](9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9) }
$again = ConvertTo-SecureString -String $enc @aes
