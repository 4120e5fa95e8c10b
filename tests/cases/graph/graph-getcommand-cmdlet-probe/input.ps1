# Groups report: use the MS cmdlet when the installed module has it
Connect-AzureAD

if (Get-Command Get-AzureADMSGroup -ErrorAction SilentlyContinue) {
    $groups = Get-AzureADMSGroup -All:$true
}
else {
    Write-Warning "Get-AzureADMSGroup not found, falling back to Get-AzureADGroup"
    $groups = Get-AzureADGroup -All:$true
}
$groups | Select-Object DisplayName, Mail, MailEnabled, SecurityEnabled
