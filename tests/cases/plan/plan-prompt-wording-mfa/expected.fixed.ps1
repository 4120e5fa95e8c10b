# Delegated admin: mailbox permissions audit for one customer tenant
param(
    [Parameter(Mandatory = $true)]
    [string]$CustomerDomain
)
$AdminUpn = Read-Host -Prompt "Enter delegated administrative user name (UPN)"
Connect-ExchangeOnline -UserPrincipalName $AdminUpn -DelegatedOrganization $CustomerDomain -ShowBanner:$false

$report = Get-EXOMailbox -ResultSize Unlimited | ForEach-Object {
    Get-EXOMailboxPermission -Identity $_.UserPrincipalName | Where-Object { $_.User -notlike "NT AUTHORITY\*" }
}
$report | Export-Csv -Path ".\$CustomerDomain-permissions.csv" -NoTypeInformation
Write-Host "Report for $CustomerDomain written by $($AdminUpn)"
Disconnect-ExchangeOnline -Confirm:$false
