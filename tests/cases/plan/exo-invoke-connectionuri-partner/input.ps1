param([Parameter(Mandatory)][string[]]$CustomerDomains)
$partner = Get-Credential -Message "Partner admin (delegated administration)"
$audit = { Set-AdminAuditLogConfig -UnifiedAuditLogIngestionEnabled $true }
foreach ($d in $CustomerDomains) {
    Write-Output "Enabling unified audit log in $d"
    Invoke-Command -ConnectionUri "https://ps.outlook.com/powershell-liveid?DelegatedOrg=$d" -Credential $partner -Authentication Basic -ConfigurationName Microsoft.Exchange -AllowRedirection -ScriptBlock $audit -HideComputerName
}
