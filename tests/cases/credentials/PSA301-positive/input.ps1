$User = 'svc-reports@contoso.com'
$pw1 = ConvertTo-SecureString 'Winter2024!' -AsPlainText -Force
# -String named, -AsPlainText abbreviated, typographic quotes and dash
$pw2 = ConvertTo-SecureString -String “Summer2024!” –AsPlain -Force
# the literal through a variable and the pipeline
$PlainPassword = 'Autumn2024!'
$pw3 = $PlainPassword | ConvertTo-SecureString -AsPlainText -Force
# splatted
$conv = @{ String = 'Spring2024!'; AsPlainText = $true; Force = $true }
$pw4 = ConvertTo-SecureString @conv
# a here-string
$fromHere = @'
H3re-Str1ng!
'@
$pw5 = ConvertTo-SecureString $fromHere -AsPlainText -Force
