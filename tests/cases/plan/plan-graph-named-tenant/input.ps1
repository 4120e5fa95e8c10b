# Tenant-to-tenant move: creates a mail user in the target tenant for each
# mailbox of the migration group, then copies the job title and department
# onto the target account. Run by the migration engineer (GDAP admin).
$SourceTenant = "fabrikam.onmicrosoft.com"
$TargetTenant = "contoso.onmicrosoft.com"

Connect-ExchangeOnline -DelegatedOrganization $SourceTenant -Prefix Src
Connect-ExchangeOnline -DelegatedOrganization $TargetTenant -Prefix Tgt

$members = Get-SrcDistributionGroupMember -Identity "Wave2-Mailboxes" | Where-Object { $_.RecipientType -eq "UserMailbox" }

foreach ($member in $members) {
    $mailbox = Get-SrcMailbox -Identity $member.PrimarySmtpAddress
    $upn = $mailbox.Alias + "@" + $TargetTenant
    if (-not (Get-TgtMailUser -Identity $upn -ErrorAction SilentlyContinue)) {
        New-TgtMailUser -Name $mailbox.DisplayName -ExternalEmailAddress $mailbox.PrimarySmtpAddress -MicrosoftOnlineServicesID $upn
    }
    Set-TgtMailUser -Identity $upn -ExchangeGuid $mailbox.ExchangeGuid
    Set-MsolUser -UserPrincipalName $upn -Title $member.Title -Department $member.Department
}
