# -AsPlainText (PSA302) and -Key (PSA306) are other rules; a vault is fine.
$p1 = Get-Content .\pw.txt | ConvertTo-SecureString -AsPlainText -Force
$c1 = New-Object PSCredential('a@contoso.com', $p1)
$p2 = Get-Content .\pw.enc | ConvertTo-SecureString -Key $key
$c2 = New-Object PSCredential('b@contoso.com', $p2)
$p3 = Get-Secret -Name svc
$c3 = New-Object PSCredential('c@contoso.com', $p3)
# Decrypted, but not turned into a credential.
$token = Get-Content .\token.enc | ConvertTo-SecureString
