# Command-mode arguments psauth cannot write as an expression (a backtick escape,
# embedded quotes, a type name read as text): the calls need a person
Connect-MsolService
Set-MsolUserLicense -UserPrincipalName $u -RemoveLicenses contoso`:EXCHANGESTANDARD
Set-MsolUserLicense -UserPrincipalName $u -AddLicenses 'contoso:'ENTERPRISEPACK
Set-MsolUserPassword -UserPrincipalName $u -NewPassword [string]::Empty -ForceChangePassword $true
