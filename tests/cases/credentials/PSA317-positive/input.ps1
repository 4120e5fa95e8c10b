Import-Module CredentialManager
$stored = Get-StoredCredential -Target 'O365-Report'
$body = @{ username = $stored.UserName; password = $stored.GetNetworkCredential().Password }
$cm = Get-StoredCredential -Target $TargetName -AsCredentialObject
