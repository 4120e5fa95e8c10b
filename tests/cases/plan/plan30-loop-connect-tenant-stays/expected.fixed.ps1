# Reports mailbox counts for each customer tenant, one stored credential each.
$tenants = Import-Csv -Path "$PSScriptRoot\tenants.csv"
foreach ($tenant in $tenants) {
    $tenantCred = Import-Clixml -Path (Join-Path $PSScriptRoot "$($tenant.Name).xml")
    $session = New-PSSession -ConfigurationName Microsoft.Exchange -ConnectionUri https://outlook.office365.com/powershell-liveid/ -Credential $tenantCred -Authentication Basic -AllowRedirection
    Import-PSSession $session -AllowClobber | Out-Null
    $count = (Get-Mailbox -ResultSize Unlimited).Count
    Write-Output "$($tenant.Name): $count mailboxes"
    Remove-PSSession $session
}
