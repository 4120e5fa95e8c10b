param($SourceTenant = 'fabrikam', $TargetTenant = 'contoso')
# Copies the source tenant's users as mail contacts into the target tenant.
$sourceCred = Get-Credential -Message "Admin of the source tenant $SourceTenant"
$targetUpn = Read-Host -Prompt "Admin of the target tenant $TargetTenant"

Import-Module MSOnline
Connect-MsolService -Credential $sourceCred
$users = Get-MsolUser -All | Where-Object { $_.Initials }

Connect-ExchangeOnline -UserPrincipalName $targetUpn -ShowBanner:$false
foreach ($u in $users) {
    New-MailContact -Name $u.DisplayName -ExternalEmailAddress $u.UserPrincipalName
}
Disconnect-ExchangeOnline -Confirm:$false
