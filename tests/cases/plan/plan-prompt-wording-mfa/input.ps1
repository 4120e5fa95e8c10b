# Delegated admin: mailbox permissions audit for one customer tenant
param(
    [Parameter(Mandatory = $true)]
    [string]$CustomerDomain
)
$Credential = Get-Credential -Message "Enter delegated administrative credentials. This will not work with MFA"
Connect-ExchangeOnline -Credential $Credential -DelegatedOrganization $CustomerDomain -ShowBanner:$false

$report = Get-EXOMailbox -ResultSize Unlimited | ForEach-Object {
    Get-EXOMailboxPermission -Identity $_.UserPrincipalName | Where-Object { $_.User -notlike "NT AUTHORITY\*" }
}
$report | Export-Csv -Path ".\$CustomerDomain-permissions.csv" -NoTypeInformation
Write-Host "Report for $CustomerDomain written by $($Credential.UserName)"
Disconnect-ExchangeOnline -Confirm:$false
