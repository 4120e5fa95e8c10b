param([securestring]$ServicePassword)
# ConvertTo-SecureString $x -AsPlainText -Force
Write-Host 'ConvertTo-SecureString $x -AsPlainText -Force'
$secure = Read-Host -Prompt 'Password' -AsSecureString
$encrypted = ConvertFrom-SecureString -SecureString $ServicePassword
$back = ConvertTo-SecureString -String $encrypted
