# The customer tenant in an expandable string, through the URI's variable.
foreach ($tenant in Get-Content .\tenants.txt) {
    Connect-ExchangeOnline -DelegatedOrganization $tenant -ShowBanner:$false
    Get-EXOMailbox -ResultSize 10 | Select-Object DisplayName
    Disconnect-ExchangeOnline -Confirm:$false
}
