# Runbook: create the onboarding users and grant the automation group access
$credentialAsset = Get-AutomationVariable -Name 'AdminCredentialName'
$adminCred = Get-AutomationPSCredential -Name $credentialAsset
$subscription = Get-AutomationVariable -Name 'SubscriptionId'

Connect-AzAccount -Credential $adminCred
Connect-MsolService -Credential $adminCred
Set-AzContext -SubscriptionId $subscription

$context = Get-AzContext
$assignment = Get-AzRoleAssignment -SignInName $context.Account -RoleDefinitionName 'Contributor'
if (-not $assignment) {
    Write-Error "$($context.Account) is no Contributor"
    return
}

New-MsolUser -UserPrincipalName 'onboard01@contoso.com' -DisplayName 'Onboarding 01' -UsageLocation 'NL' -LicenseAssignment 'contoso:ENTERPRISEPACK'
