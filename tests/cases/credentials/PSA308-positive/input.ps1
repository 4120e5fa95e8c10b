$cred = Get-Credential
$PSDefaultParameterValues['Invoke-Command:Credential'] = $cred
$PSDefaultParameterValues = @{ '*:Credential' = $cred; 'Get-ChildItem:Recurse' = $true }
$PSDefaultParameterValues.Add('Invoke-MyApi:Password', $cred.Password)
