# Tenant-to-tenant migration prep: source and target tenants sign in with
# their own stored credentials.
$SourceCred = Import-Clixml "$PSScriptRoot\source-admin.xml"
$TargetCred = Import-Clixml "$PSScriptRoot\target-admin.xml"

Connect-ExchangeOnline -Credential $SourceCred -Prefix Src -ShowBanner:$false
Connect-ExchangeOnline -Credential $TargetCred -Prefix Tgt -ShowBanner:$false
Get-SrcMailbox -ResultSize Unlimited | ForEach-Object { Get-TgtMailUser -Identity $_.PrimarySmtpAddress -ErrorAction SilentlyContinue }

# CSP partner: one remote PowerShell session per customer tenant
$partner = Import-Clixml "$PSScriptRoot\partner.xml"
foreach ($customer in (Get-Content .\customers.txt)) {
    $s = New-PSSession -ConfigurationName Microsoft.Exchange -ConnectionUri "https://outlook.office365.com/powershell-liveid?DelegatedOrg=$customer" -Credential $partner -Authentication Basic -AllowRedirection
    Import-PSSession $s -CommandName Get-AcceptedDomain -AllowClobber | Out-Null
    Get-AcceptedDomain | Select-Object DomainName
    Remove-PSSession $s
}
