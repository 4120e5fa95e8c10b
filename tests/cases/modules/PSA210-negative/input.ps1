# Azure Automation runbook with a managed identity
$org = Get-AutomationVariable -Name 'Organization'
Connect-ExchangeOnline -ManagedIdentity -Organization $org
Connect-MgGraph -Identity
Write-Output 'Get-AutomationPSCredential is no longer used'
