<#
    Runbook: Stop-DevVms
    Stops every running VM of the development resource group at night.
#>
$AzureCred = Get-AutomationPSCredential -Name 'AutomationAdmin'
Login-AzureRmAccount -Credential $AzureCred
Select-AzureRmSubscription -SubscriptionName 'Contoso Dev'

$vms = Get-AzureRmVM -ResourceGroupName 'rg-dev' -Status | Where-Object { $_.PowerState -eq 'VM running' }
foreach ($vm in $vms) {
    Write-Output "Stopping $($vm.Name)"
    Stop-AzureRmVM -ResourceGroupName 'rg-dev' -Name $vm.Name -Force | Out-Null
}
