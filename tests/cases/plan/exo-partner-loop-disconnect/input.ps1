param([string[]]$CustomerDomains = @("fabrikam.onmicrosoft.com", "tailspin.onmicrosoft.com"))

$partnerCred = Get-Credential -Message "Partner administrator"
$report = @()
foreach ($domain in $CustomerDomains) {
    Write-Host "Connecting to $domain"
    $uri = "https://outlook.office365.com/powershell-liveid?DelegatedOrg=$domain"
    $session = New-PSSession -ConfigurationName Microsoft.Exchange -ConnectionUri $uri -Credential $partnerCred -Authentication Basic -AllowRedirection
    Import-PSSession $session -CommandName Get-Mailbox -AllowClobber | Out-Null
    foreach ($mbx in Get-Mailbox -ResultSize Unlimited) {
        $report += [pscustomobject]@{ Tenant = $domain; Name = $mbx.DisplayName; Address = $mbx.PrimarySmtpAddress }
    }
}
$report | Export-Csv .\partner-mailboxes.csv -NoTypeInformation
