param([string]$ServicePassword)
$pw1 = ConvertTo-SecureString $ServicePassword -AsPlainText -Force
$typed = Read-Host -Prompt 'Password'
$pw2 = ConvertTo-SecureString -String $typed -AsPlain -Force
$token = (Get-Secret -Name 'api' -AsPlainText)
$pw3 = $token | ConvertTo-SecureString -AsPlainText -Force
