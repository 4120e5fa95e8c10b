# Set-MsolUserLicense –user (an en dash, as pasted from a web page): PowerShell binds the unambiguous
# prefix to -UserPrincipalName, which becomes -UserId
Connect-MsolService
$upn = 'adele@contoso.com'
Set-MSOLUserLicense –user $upn –RemoveLicenses 'contoso:ENTERPRISEPACK'
