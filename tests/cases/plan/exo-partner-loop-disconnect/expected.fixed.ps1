param([string[]]$CustomerDomains = @("fabrikam.onmicrosoft.com", "tailspin.onmicrosoft.com"))

$report = @()
foreach ($domain in $CustomerDomains) {
    Write-Host "Connecting to $domain"
    Connect-ExchangeOnline -DelegatedOrganization $domain -CommandName Get-Mailbox -ShowBanner:$false | Out-Null
    foreach ($mbx in Get-Mailbox -ResultSize Unlimited) {
        $report += [pscustomobject]@{ Tenant = $domain; Name = $mbx.DisplayName; Address = $mbx.PrimarySmtpAddress }
    }
    Disconnect-ExchangeOnline -Confirm:$false
}
$report | Export-Csv .\partner-mailboxes.csv -NoTypeInformation
