# $cred.GetNetworkCredential().Password
Write-Host 'never call GetNetworkCredential() in a log line'
$cred = Get-Credential
$encrypted = ConvertFrom-SecureString -SecureString $cred.Password
$user = $cred.UserName
