param($SourceTenant = 'fabrikam', $TargetTenant = 'contoso')
# Copies the source tenant's users as mail contacts into the target tenant.
$sourceCred = Get-Credential -Message "Admin of the source tenant $SourceTenant"
$targetCred = Get-Credential -Message "Admin of the target tenant $TargetTenant"

# the target credential for later connections
$credential = $targetCred

Import-Module MSOnline
Connect-MsolService -Credential $sourceCred
$users = Get-MsolUser -All | Where-Object { $_.Initials }

$Session = New-PSSession -ConfigurationName Microsoft.Exchange -ConnectionUri https://outlook.office365.com/powershell-liveid/ -Credential $targetCred -Authentication Basic -AllowRedirection
Import-PSSession $Session
foreach ($u in $users) {
    New-MailContact -Name $u.DisplayName -ExternalEmailAddress $u.UserPrincipalName
}
Remove-PSSession $Session
