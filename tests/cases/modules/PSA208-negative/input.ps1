# MicrosoftTeams module
Import-Module MicrosoftTeams
Connect-MicrosoftTeams -CertificateThumbprint '0123456789ABCDEF' -ApplicationId '11111111-2222-3333-4444-555555555555' -TenantId '99999999-8888-7777-6666-555555555555'
Get-CsOnlineUser -Identity 'user@contoso.com'
Write-Output 'New-CsOnlineSession is gone'
