# https, no switch
Invoke-RestMethod -Uri 'https://intranet.contoso.com/api/items' -Credential $cred

# switch explicitly off
Invoke-WebRequest -Uri 'http://intranet.contoso.com/report' -AllowUnencryptedAuthentication:$false

# only printed
Write-Host 'Do not use -AllowUnencryptedAuthentication'
