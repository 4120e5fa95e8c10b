# $PSDefaultParameterValues['*:Credential'] = $cred
$PSDefaultParameterValues['Export-Csv:NoTypeInformation'] = $true
$PSDefaultParameterValues['*:ErrorAction'] = 'Stop'
Write-Host "`$PSDefaultParameterValues['*:Credential'] = `$cred"
