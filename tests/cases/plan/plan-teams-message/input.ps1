# Runbook: posts the weekly summary to a channel as a service user who is a
# member of the team.
Connect-AzAccount -Identity | Out-Null
$user = Get-AzKeyVaultSecret -VaultName 'ops-kv' -Name 'TeamsPosterUser' -AsPlainText
$pass = Get-AzKeyVaultSecret -VaultName 'ops-kv' -Name 'TeamsPosterPassword' -AsPlainText
$cred = New-Object System.Management.Automation.PSCredential($user, (ConvertTo-SecureString $pass -AsPlainText -Force))
$conn = Connect-PnPOnline -Url 'https://contoso.sharepoint.com/sites/ops' -Credentials $cred -ReturnConnection
Submit-PnPTeamsChannelMessage -Team 'Operations' -Channel 'General' -Message 'Weekly summary is ready' -Connection $conn
