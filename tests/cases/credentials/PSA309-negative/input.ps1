$PasswordFile = 'c:\x.txt'
$AuthenticatedUser = 'x'
$passwordPolicy = Get-Something
$password = ''
$PasswordPlaceholder = 'x'
$Password = '<your password here>'
$Secret = '********'
$PasswordLength = 16
$Password = Read-Host -Prompt 'Password' -AsSecureString
# $Password = 'InAComment1!'
Write-Host "Password = 'Hunter22!'"
Write-Host -Object 'set -Password to something long'
