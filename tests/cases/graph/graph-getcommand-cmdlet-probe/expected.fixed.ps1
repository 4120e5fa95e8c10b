# Groups report: use the MS cmdlet when the installed module has it
Connect-MgGraph -Scopes 'GroupMember.Read.All' -NoWelcome

if (Get-Command Get-MgGroup -ErrorAction SilentlyContinue) {
    $groups = Get-MgGroup -All
}
else {
    Write-Warning "Get-AzureADMSGroup not found, falling back to Get-AzureADGroup"
    $groups = Get-MgGroup -All
}
$groups | Select-Object DisplayName, Mail, MailEnabled, SecurityEnabled
