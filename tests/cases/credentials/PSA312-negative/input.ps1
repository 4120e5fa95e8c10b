param([string]$Seed)
# characters that do not come from the script
$s = New-Object System.Security.SecureString
(Read-Host -Prompt 'Password').ToCharArray() | % { $s.AppendChar($_) }
$typed = Read-Host 'Again'
foreach ($c in $typed.ToCharArray()) { $s.AppendChar($c) }
$Seed.ToCharArray() | ForEach-Object { $s.AppendChar($_) }
$fromFile = Get-Content -Path .\input.txt -Raw
for ($i = 0; $i -lt $fromFile.Length; $i++) { $s.AppendChar($fromFile[$i]) }
$key = [Console]::ReadKey($true)
$s.AppendChar($key.KeyChar)
# a literal string printed, not appended
'p@ss'.ToCharArray() | % { Write-Host $_ }
# AppendChar in a comment: $s.AppendChar('x')
$text = "call `$s.AppendChar('x') to add a character"
$sb = New-Object System.Text.StringBuilder
$sb.Append('x') | Out-Null
