# SecureStrings filled character by character from literals
$s = New-Object System.Security.SecureString
'Winter2024!'.ToCharArray() | % { $s.AppendChar($_) }

$s2 = [securestring]::new()
foreach ($c in 'Summer2025?'.ToCharArray()) {
    $s2.AppendChar($c)
}

[char[]]'Autumn#1' | ForEach-Object -Process { $s.AppendChar($PSItem) }

# through a variable, with typographic quotes
$plain = ‘Spring$99’
$plain.ToCharArray() | foreach { $s.AppendChar($_) }
for ($i = 0; $i -lt $plain.Length; $i++) { $s.AppendChar($plain[$i]) }

# the .ForEach() method and an array of characters
('Hid' + 'den42').ToCharArray().ForEach({ $s.AppendChar($_) })
'p', 'w', '1' | % { $s.AppendChar($_) }

# one character per call: one finding for $s3
$s3 = New-Object SecureString
$s3.AppendChar('x')
$s3.AppendChar([char]'y')
$s3.AppendChar("z")
$s3.MakeReadOnly()
