<#
.SYNOPSIS
    Connects the admin shell to Exchange Online or the Compliance Center.
#>
param(
    [Parameter(Mandatory)]
    [ValidateSet('Exchange', 'Compliance')]
    [string]$Service
)

$cred = Get-Credential -Message "Tenant admin"

if ($Service -eq 'Exchange') {
    $uri = "https://outlook.office365.com/powershell-liveid/"
}
else {
    $uri = "https://ps.compliance.protection.outlook.com/powershell-liveid/"
}

$s = New-PSSession -ConfigurationName Microsoft.Exchange -ConnectionUri $uri `
    -Credential $cred -Authentication Basic -AllowRedirection
Import-PSSession $s -AllowClobber | Out-Null
Write-Host "Connected to $Service"
