# An Azure Automation runbook that still prompts
$org = Get-AutomationVariable -Name 'Organization'
$cred = Get-Credential -UserName 'svc@contoso.com' -Message 'Exchange account'
Connect-ExchangeOnline -Credential $cred -Organization $org
$again = Microsoft.PowerShell.Security\Get-Credential
# an existing credential is handed back without a prompt
$same = Get-Credential -Credential $cred
